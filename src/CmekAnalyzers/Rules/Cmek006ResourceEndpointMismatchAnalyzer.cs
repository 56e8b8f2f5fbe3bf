using System.Collections.Immutable;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Rules;

/// <summary>
/// CMEK006: a Speech call names a resource (config, recognizer, custom class, phrase set, parent, recognizer argument)
/// in another location than the client's endpoint. Silent when CMEK001/CMEK002 already report the call and the
/// resource sits with the key: one cause, one warning.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class Cmek006ResourceEndpointMismatchAnalyzer : SpeechAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ResourceEndpointMismatch,
        "Speech resource location does not match the endpoint",
        "The {0} is in location '{1}' ({2}), but the client talks to the Speech endpoint of '{3}' ({4})",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A request to a Speech endpoint must name resources of that endpoint's location; the call fails at run time.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.ResourceEndpointMismatch));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CompilationStartAnalysisContext context, SpeechContext speech)
        => context.RegisterOperationAction(
            c =>
            {
                if (speech.CallOf((IInvocationOperation)c.Operation) is { Resources.Count: > 0 } call
                    && Decide(call, speech.EndpointOf(call, c.Options)) is { } diagnostic)
                {
                    c.ReportDiagnostic(diagnostic);
                }
            },
            OperationKind.Invocation);

    internal static Diagnostic? Decide(SpeechCall call, ClientEndpoint endpoint)
    {
        if (endpoint.Location is not { } endpointLocation)
        {
            return null;
        }

        var keyReported = call.Key is { Location: not null }
            && (Cmek001KeyEndpointMismatchAnalyzer.Decide(call, endpoint) is not null || Cmek002RegionalKeyGlobalEndpointAnalyzer.Decide(call, endpoint) is not null);
        foreach (var resource in call.Resources)
        {
            if (SpeechLocation.Same(resource.Location, endpointLocation)
                || (keyReported && SpeechLocation.Same(resource.Location, call.Key!.Location!)))
            {
                continue;
            }

            var tree = call.Invocation.Syntax.SyntaxTree;
            var agreed = EndpointDiagnostic.AllResourcesIn(call, resource.Location)
                && (call.Key is not { Location: { } key, IsRemoval: false } || SpeechLocation.Same(key, resource.Location));
            var fix = agreed && !(endpoint.Kind == EndpointKind.Default && SpeechLocation.IsGlobal(resource.Location)) ? resource.Location : null;
            return EndpointDiagnostic.Create(Rule, call.Invocation.Syntax, endpoint, resource.Value.Syntax, fix,
                resource.Kind, resource.Location, "at " + SourcePlace.Describe(resource.Value.Syntax, tree), endpointLocation, endpoint.Describe(tree));
        }

        return null;
    }
}
