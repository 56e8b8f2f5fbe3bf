using System.Collections.Immutable;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Rules;

/// <summary>CMEK002: an UpdateConfig sets a regional KMS key through a client that sets no endpoint (the global one).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class Cmek002RegionalKeyGlobalEndpointAnalyzer : SpeechAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIds.RegionalKeyGlobalEndpoint,
        "Regional KMS key used through the global endpoint",
        "KMS key location '{0}' ({1}) is regional, but the client talks to the global endpoint ({2}); set Endpoint = \"{3}\"",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A client without an Endpoint talks to speech.googleapis.com (global); a regional key needs the regional endpoint {location}-speech.googleapis.com.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.RegionalKeyGlobalEndpoint));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CompilationStartAnalysisContext context, SpeechContext speech)
        => context.RegisterOperationAction(
            c =>
            {
                if (speech.CallOf((IInvocationOperation)c.Operation) is { IsKeyChange: true } call
                    && Decide(call, speech.EndpointOf(call, c.Options)) is { } diagnostic)
                {
                    c.ReportDiagnostic(diagnostic);
                }
            },
            OperationKind.Invocation);

    internal static Diagnostic? Decide(SpeechCall call, ClientEndpoint endpoint)
    {
        if (endpoint.Kind != EndpointKind.Default
            || call.Key is not { Location: { } keyLocation, IsRemoval: false } key
            || SpeechLocation.IsGlobal(keyLocation))
        {
            return null;
        }

        var tree = call.Invocation.Syntax.SyntaxTree;
        var fix = EndpointDiagnostic.AllResourcesIn(call, keyLocation) ? keyLocation : null;
        return EndpointDiagnostic.Create(Rule, call.Invocation.Syntax, endpoint, key.Value.Syntax, fix,
            keyLocation, key.Describe(tree), endpoint.Describe(tree), SpeechLocation.EndpointFor(keyLocation));
    }
}
