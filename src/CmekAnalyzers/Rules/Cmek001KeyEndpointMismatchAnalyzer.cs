using System.Collections.Immutable;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Rules;

/// <summary>
/// CMEK001: an UpdateConfig sets a KMS key whose location differs from the client's explicit endpoint, or, when the
/// endpoint is unknown, from the config's own location (the endpoint must match both, so one of them is wrong).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class Cmek001KeyEndpointMismatchAnalyzer : SpeechAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIds.KeyEndpointMismatch,
        "KMS key location does not match the Speech endpoint",
        "KMS key location '{0}' ({1}) does not match {2} '{3}' ({4})",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Speech-to-Text only accepts a Cloud KMS key in the location of the endpoint the client talks to; the UpdateConfig call fails at run time.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.KeyEndpointMismatch));

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
        if (call.Key is not { Location: { } keyLocation, IsRemoval: false } key)
        {
            return null;
        }

        var reported = call.Invocation.Syntax;
        var tree = reported.SyntaxTree;
        if (endpoint.Kind == EndpointKind.Explicit)
        {
            if (SpeechLocation.Same(keyLocation, endpoint.Location!))
            {
                return null;
            }

            var fix = EndpointDiagnostic.AllResourcesIn(call, keyLocation) ? keyLocation : null;
            return EndpointDiagnostic.Create(Rule, reported, endpoint, key.Value.Syntax, fix,
                keyLocation, key.Describe(tree), "the Speech endpoint location", endpoint.Location!, endpoint.Describe(tree));
        }

        if (endpoint.Kind == EndpointKind.Unknown)
        {
            foreach (var resource in call.Resources)
            {
                if (resource.Kind == "config name" && !SpeechLocation.Same(resource.Location, keyLocation))
                {
                    return Diagnostic.Create(Rule, reported.GetLocation(), new[] { key.Value.Syntax.GetLocation(), resource.Value.Syntax.GetLocation() },
                        keyLocation, key.Describe(tree), "the config location", resource.Location,
                        "config name at " + SourcePlace.Describe(resource.Value.Syntax, tree) + "; the endpoint must match both");
                }
            }
        }

        return null;
    }
}
