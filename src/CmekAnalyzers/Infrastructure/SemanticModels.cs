using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace CmekAnalyzers.Infrastructure;

/// <summary>Semantic models of other files of the compilation, for values declared there (a readonly field in Settings.cs).</summary>
internal sealed class SemanticModels
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public SemanticModels(Compilation compilation) => _compilation = compilation;

    public SemanticModel For(SyntaxTree tree)
        => _models.GetOrAdd(tree, t =>
        {
#pragma warning disable RS1030 // The analyzer must read initializers and constructor assignments of fields and properties
            // declared in other files; the operation callback only supplies the model of its own file. Models are cached per tree.
            return _compilation.GetSemanticModel(t);
#pragma warning restore RS1030
        });
}
