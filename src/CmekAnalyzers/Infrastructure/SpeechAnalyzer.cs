using System.Runtime.CompilerServices;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Domain.Configuration;
using CmekAnalyzers.Domain.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Infrastructure;

/// <summary>What every rule reads, built once per compilation that references Google.Cloud.Speech.V2 and shared by the rules.</summary>
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

    /// <summary>
    /// The context of <paramref name="compilation"/>, shared by all the rules: they run on the same compilation, and one
    /// scan of the service registrations, one read of the appsettings files and one cache of member values serve them all.
    /// Keyed by the analyzer options too: an IDE may keep a compilation and change its additional files.
    /// Null when the compilation does not reference Google.Cloud.Speech.V2.
    /// </summary>
    public static SpeechContext? For(Compilation compilation, AnalyzerOptions options)
        => s_contexts.GetValue(compilation, _ => new ConditionalWeakTable<AnalyzerOptions, Holder>())
            .GetValue(options, o => new Holder(SpeechSymbols.TryCreate(compilation) is { } symbols ? new SpeechContext(compilation, symbols, o) : null))
            .Context;

    /// <summary>The Speech call an invocation is, read once for all rules (only SpeechClient calls are kept).</summary>
    public SpeechCall? CallOf(IInvocationOperation invocation)
        => SpeechCall.IsCandidate(invocation, Symbols) ? _calls.GetValue(invocation, i => new Box<SpeechCall?>(SpeechCall.TryCreate(i, Values))).Value : null;

    /// <summary>
    /// The endpoint of the call's client, resolved once for all rules, with the options of the call's file applied
    /// (assumed location, host patterns).
    /// </summary>
    public ClientEndpoint EndpointOf(SpeechCall call, AnalyzerOptions options)
        => OptionsReader.For(options, call.Invocation.Syntax.SyntaxTree)
            .Apply(_endpoints.GetValue(call, c => new Box<ClientEndpoint>(Clients.Resolve(c.Client))).Value);

    // Keyed by the operation object: every analyzer gets the same operation tree of a body from the driver (another tree,
    // from another semantic model, is simply read again). Weak tables: an entry lives only as long as the driver keeps
    // that operation tree, so the cache never holds semantic models the driver has let go.
    private readonly ConditionalWeakTable<IInvocationOperation, Box<SpeechCall?>> _calls = new();
    private readonly ConditionalWeakTable<SpeechCall, Box<ClientEndpoint>> _endpoints = new();

    private sealed class Box<T>
    {
        public Box(T value) => Value = value;

        public T Value { get; }
    }

    private static readonly ConditionalWeakTable<Compilation, ConditionalWeakTable<AnalyzerOptions, Holder>> s_contexts = new();

    private sealed class Holder
    {
        public Holder(SpeechContext? context) => Context = context;

        public SpeechContext? Context { get; }
    }
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
            if (SpeechContext.For(start.Compilation, start.Options) is { } speech)
            {
                Register(start, speech);
            }
        });
    }

    internal abstract void Register(CompilationStartAnalysisContext context, SpeechContext speech);
}
