using System.Collections.Concurrent;
using System.Linq;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CmekAnalyzers.Domain.Configuration;

/// <summary>
/// Which options properties only the configuration binder sets: plain auto-properties (initializer allowed) that no code
/// in the compilation assigns, initializes in an object initializer, or passes by ref. Cached per property.
/// </summary>
internal sealed class PropertyWrites
{
    private readonly Compilation _compilation;
    private readonly SemanticModels _models;
    private readonly ConcurrentDictionary<IPropertySymbol, bool> _bindOnly = new(SymbolEqualityComparer.Default);

    public PropertyWrites(Compilation compilation, SemanticModels models)
    {
        _compilation = compilation;
        _models = models;
    }

    public bool IsBoundOnly(IPropertySymbol property) => _bindOnly.GetOrAdd(property, Compute);

    private bool Compute(IPropertySymbol property)
    {
        if (property.IsStatic || property.IsIndexer || property.DeclaringSyntaxReferences.IsEmpty
            || !property.DeclaringSyntaxReferences.All(r => r.GetSyntax() is PropertyDeclarationSyntax { AccessorList: { } accessors, ExpressionBody: null }
                && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null)))
        {
            return false;
        }

        foreach (var tree in _compilation.SyntaxTrees)
        {
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name.Identifier.ValueText == property.Name && IsWrite(name)
                    && SymbolEqualityComparer.Default.Equals(_models.For(tree).GetSymbolInfo(name).Symbol?.OriginalDefinition, property.OriginalDefinition))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsWrite(SimpleNameSyntax name)
    {
        SyntaxNode node = name;
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
        {
            node = access;
        }
        else if (node.Parent is MemberBindingExpressionSyntax binding && binding.Name == node)
        {
            node = binding; // a?.Name = value
        }

        return node.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == node,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            _ => false,
        };
    }
}
