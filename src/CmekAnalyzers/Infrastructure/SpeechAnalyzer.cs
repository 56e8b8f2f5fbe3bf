using CmekAnalyzers.Domain;
using CmekAnalyzers.Domain.Configuration;
using CmekAnalyzers.Domain.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CmekAnalyzers.Infrastructure;

/// <summary>What every rule reads, built once per compilation that references Google.Cloud.Speech.V2.</summary>
internal sealed class SpeechContext
{
    public SpeechContext(Compilation compilation, SpeechSymbols symbols, AnalyzerOptions? options = null)
    {
        Symbols = symbols;
        var models = new SemanticModels(compilation);
        // appsettings*.json additional files are read lazily, once, the first time code reads configuration.
        ValueResolver? values = null;
        var configuration = options is null ? null : ConfigurationReads.TryCreate(compilation, options, models, () => values!);
        Values = values = new ValueResolver(symbols, new MemberValues(models), configuration);
        Clients = new ClientResolver(Values, new ServiceRegistrations(symbols, models, () => Values));
    }

    public SpeechSymbols Symbols { get; }

    public ValueResolver Values { get; }

    public ClientResolver Clients { get; }

    /// <summary>The endpoint of the call's client, with the options of the call's file applied (assumed location, host patterns).</summary>
    public ClientEndpoint EndpointOf(SpeechCall call, AnalyzerOptions options)
        => OptionsReader.For(options, call.Invocation.Syntax.SyntaxTree).Apply(Clients.Resolve(call.Client));
}

/// <summary>
/// Base of the rules: no generated code, concurrent execution, and nothing registered at all when the compilation
/// does not reference the Speech v2 client (the common case in a large solution costs one type lookup).
/// </summary>
public abstract class SpeechAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (SpeechSymbols.TryCreate(start.Compilation) is { } symbols)
            {
                Register(start, new SpeechContext(start.Compilation, symbols, start.Options));
            }
        });
    }

    internal abstract void Register(CompilationStartAnalysisContext context, SpeechContext speech);
}
