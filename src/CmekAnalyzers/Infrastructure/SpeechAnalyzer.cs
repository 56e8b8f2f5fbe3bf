using System.Runtime.CompilerServices;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Domain.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Infrastructure;

/// <summary>What every rule reads, built once per compilation that references Google.Cloud.Speech.V2 and shared by the rules.</summary>
internal sealed class SpeechContext
{
    public SpeechContext(Compilation compilation, SpeechSymbols symbols)
    {
        Symbols = symbols;
        var models = new SemanticModels(compilation);
        Values = new ValueResolver(symbols, new MemberValues(models));
        Clients = new ClientResolver(Values, new ServiceRegistrations(symbols, models, () => Values));
    }

    public SpeechSymbols Symbols { get; }

    public ValueResolver Values { get; }

    public ClientResolver Clients { get; }

    /// <summary>
    /// The context of <paramref name="compilation"/>, shared by all the rules: the seven analyzers run on the same
    /// compilation, and one scan of the service registrations and one cache of member values serve them all.
    /// Null when the compilation does not reference Google.Cloud.Speech.V2.
    /// </summary>
    public static SpeechContext? For(Compilation compilation)
        => s_contexts.GetValue(compilation, c => new Holder(SpeechSymbols.TryCreate(c) is { } symbols ? new SpeechContext(c, symbols) : null)).Context;

    /// <summary>The Speech call an invocation is, read once for all rules (only SpeechClient calls are kept).</summary>
    public SpeechCall? CallOf(IInvocationOperation invocation)
        => SpeechCall.IsCandidate(invocation, Symbols) ? _calls.GetValue(invocation, i => new Box<SpeechCall?>(SpeechCall.TryCreate(i, Values))).Value : null;

    /// <summary>The endpoint of the client a call is made on, resolved once for all rules.</summary>
    public ClientEndpoint EndpointOf(SpeechCall call) => _endpoints.GetValue(call, c => new Box<ClientEndpoint>(Clients.Resolve(c.Client))).Value;

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

    private static readonly ConditionalWeakTable<Compilation, Holder> s_contexts = new();

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
            if (SpeechContext.For(start.Compilation) is { } speech)
            {
                Register(start, speech);
            }
        });
    }

    internal abstract void Register(CompilationStartAnalysisContext context, SpeechContext speech);
}
