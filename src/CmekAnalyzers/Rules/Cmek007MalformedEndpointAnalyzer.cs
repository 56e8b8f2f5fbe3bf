using System.Collections.Immutable;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Rules;

/// <summary>
/// CMEK007: a SpeechClientBuilder Endpoint written with a scheme, a path, the wrong host shape or upper case.
/// Hosts that are not Google's Speech endpoints (emulators, localhost, private service connect) are never flagged,
/// nor hosts that option cmek_analyzers.endpoint_locations places (the user declares them valid).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class Cmek007MalformedEndpointAnalyzer : SpeechAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MalformedEndpoint,
        "Malformed Speech endpoint",
        "Speech endpoint '{0}' has {1}; the endpoint of '{2}' is '{3}'",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The gRPC client expects a bare host (optionally with :443): '{location}-speech.googleapis.com', or 'speech.googleapis.com' for global.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MalformedEndpoint));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CompilationStartAnalysisContext context, SpeechContext speech)
        => context.RegisterOperationAction(
            c =>
            {
                var assignment = (ISimpleAssignmentOperation)c.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Endpoint" } target
                    && speech.Symbols.IsSpeechBuilder(target.Instance?.Type)
                    && speech.Values.StringOf(assignment.Value)?.Value is { } text
                    && SpeechEndpoint.Parse(text) is { IsMalformed: true } endpoint
                    && OptionsReader.For(c.Options, assignment.Syntax.SyntaxTree).HostLocationOf(text) is null)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.CanonicalEndpoint, endpoint.Canonical);
                    c.ReportDiagnostic(Diagnostic.Create(Rule, assignment.Value.Syntax.GetLocation(), properties,
                        text, string.Join(", ", endpoint.Problems), endpoint.Location!, endpoint.Canonical!));
                }
            },
            OperationKind.SimpleAssignment);
}
