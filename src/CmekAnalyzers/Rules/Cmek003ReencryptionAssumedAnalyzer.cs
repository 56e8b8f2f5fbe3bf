using System.Collections.Generic;
using System.Collections.Immutable;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Domain.Flow;
using CmekAnalyzers.Domain.Values;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Rules;

/// <summary>
/// CMEK003: after UpdateConfig changes the key, code that (a) checks an existing resource's key against the new key, or
/// (b) destroys or disables a KMS key version, on a path with no Update* call in between. Only Update* re-encrypts an
/// existing recognizer, custom class or phrase set; new resources and unfinished long-running operations are handled by
/// the service and never reported. Flow-sensitive on the method's control-flow graph, lambdas and local functions each on their own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class Cmek003ReencryptionAssumedAnalyzer : SpeechAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ReencryptionAssumed,
        "Re-encryption assumed without an Update* call",
        "{0}; only an Update* call re-encrypts an existing resource with the config's key",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Changing the key in the Speech config affects only resources created afterwards; existing recognizers, custom classes and phrase sets keep their key until updated.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.ReencryptionAssumed));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CompilationStartAnalysisContext context, SpeechContext speech)
        => context.RegisterOperationBlockStartAction(start =>
        {
            // A body gets a control-flow graph only when it changes the key and has something this rule reports (a key
            // check, a key version retired). The operation callbacks ride on the walk the driver makes anyway, so the
            // many bodies without either cost no extra pass.
            var body = new BodyFacts();
            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (speech.CallOf(invocation) is { IsKeyChange: true })
                    {
                        body.ChangesKey = true;
                    }
                    else if (ReencryptionFacts.RetiresKeyVersion(invocation))
                    {
                        body.HasReportable = true;
                    }
                },
                OperationKind.Invocation);
            start.RegisterOperationAction(
                c =>
                {
                    var property = (IPropertyReferenceOperation)c.Operation;
                    if (ReencryptionFacts.IsKeyField(property.Property)
                        && ReencryptionFacts.KindOf(property.Instance?.Type, speech.Symbols) != ResourceKind.None)
                    {
                        body.HasReportable = true;
                    }
                },
                OperationKind.PropertyReference);
            start.RegisterOperationBlockEndAction(c =>
            {
                if (!body.ChangesKey || !body.HasReportable)
                {
                    return;
                }

                foreach (var block in c.OperationBlocks)
                {
                    if (FlowEventCollector.HasKeyChange(block, speech.Values))
                    {
                        var collector = new FlowEventCollector(block, speech.Values);
                        Analyze(c.GetControlFlowGraph(block), collector, speech.Values, c.ReportDiagnostic, depth: 0);
                    }
                }
            });
        });

    /// <summary>What the operations of one body showed; written by its operation callbacks, read at the block's end.</summary>
    private sealed class BodyFacts
    {
        public volatile bool ChangesKey;
        public volatile bool HasReportable;
    }

    private static void Analyze(ControlFlowGraph graph, FlowEventCollector collector, ValueResolver values, System.Action<Diagnostic> report, int depth)
    {
        var events = collector.Collect(graph);
        foreach (var blockEvents in events)
        {
            foreach (var change in blockEvents)
            {
                if (change.Kind == FlowEventKind.KeyChange)
                {
                    ReportChecks(graph, events, change, report);
                    ReportRetirements(graph, events, change, values, report);
                }
            }
        }

        if (depth > 8)
        {
            return;
        }

        foreach (var function in graph.LocalFunctions)
        {
            Analyze(graph.GetLocalFunctionControlFlowGraph(function), collector, values, report, depth + 1);
        }

        foreach (var block in graph.Blocks)
        {
            foreach (var operation in block.Operations)
            {
                foreach (var lambda in operation.DescendantsAndSelf())
                {
                    if (lambda is IFlowAnonymousFunctionOperation anonymous)
                    {
                        Analyze(graph.GetAnonymousFunctionControlFlowGraph(anonymous), collector, values, report, depth + 1);
                    }
                }
            }
        }
    }

    private static void ReportChecks(ControlFlowGraph graph, IReadOnlyList<FlowEvent>[] events, FlowEvent change, System.Action<Diagnostic> report)
    {
        var reported = new HashSet<FlowEvent>();
        foreach (var blockEvents in events)
        {
            foreach (var check in blockEvents)
            {
                if (check.Kind != FlowEventKind.KeyCheck || check.ComparedWith?.Contains(change) != true || reported.Contains(check))
                {
                    continue;
                }

                var reachable = PathSearch.Reachable(
                    graph,
                    events,
                    change,
                    e => (e.Kind == FlowEventKind.Reencrypt && e.Resource == check.Resource)
                         || (e.Kind == FlowEventKind.FreshValue && SymbolEqualityComparer.Default.Equals(e.Variable, check.Variable)),
                    e => e == check);
                if (reachable.Contains(check))
                {
                    reported.Add(check);
                    report(Diagnostic.Create(Rule, check.Operation!.Syntax.GetLocation(), new[] { change.Operation!.Syntax.GetLocation() },
                        FixProperties.ForReencryption(check, change),
                        $"{Describe(check.Resource)} '{check.Variable!.Name}' keeps the key it had before UpdateConfig at {SourcePlace.Describe(change.Operation.Syntax, check.Operation.Syntax.SyntaxTree)} changed it, " +
                        $"and a path reaches this check without Update{check.Resource}"));
                }
            }
        }
    }

    private static void ReportRetirements(ControlFlowGraph graph, IReadOnlyList<FlowEvent>[] events, FlowEvent change, ValueResolver values, System.Action<Diagnostic> report)
    {
        var reachable = PathSearch.Reachable(graph, events, change, e => e.Kind == FlowEventKind.Reencrypt, e => e.Kind == FlowEventKind.KeyVersionRetired);
        var properties = FixProperties.ForRetirement(ConfigParent.Of((IInvocationOperation)change.Operation!, values));
        foreach (var retirement in reachable)
        {
            var invocation = (IInvocationOperation)retirement.Operation!;
            report(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), new[] { change.Operation!.Syntax.GetLocation() }, properties,
                $"{invocation.TargetMethod.Name} follows UpdateConfig at {SourcePlace.Describe(change.Operation.Syntax, invocation.Syntax.SyntaxTree)} with no UpdateRecognizer, UpdateCustomClass or UpdatePhraseSet in between: " +
                "existing resources still encrypted with the old key version become unreadable"));
        }
    }

    private static string Describe(ResourceKind kind) => kind switch
    {
        ResourceKind.CustomClass => "The existing custom class",
        ResourceKind.PhraseSet => "The existing phrase set",
        _ => "The existing recognizer",
    };
}
