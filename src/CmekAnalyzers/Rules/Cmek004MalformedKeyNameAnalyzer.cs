using System.Collections.Immutable;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Rules;

/// <summary>
/// CMEK004: the key an UpdateConfig sets is not a key name: a key version, wrong casing, missing or empty segments,
/// whitespace, a key ring. Reported on the key value handed to the config (even when it reads a const declared elsewhere).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class Cmek004MalformedKeyNameAnalyzer : SpeechAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MalformedKeyName,
        "Malformed KMS key name",
        "KMS key name '{0}' {1}; expected projects/*/locations/*/keyRings/*/cryptoKeys/*",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Config.KmsKeyName takes the resource name of a Cloud KMS key; anything else is rejected when UpdateConfig runs.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MalformedKeyName));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CompilationStartAnalysisContext context, SpeechContext speech)
        => context.RegisterOperationAction(
            c =>
            {
                if (speech.CallOf((IInvocationOperation)c.Operation) is { Key: { } key }
                    && key.Value.Type?.SpecialType == SpecialType.System_String
                    && key.Name is { } name
                    && KmsKeyName.Check(name) is { } problem)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty;
                    if (problem.Kind == KeyNameProblemKind.KeyVersion)
                    {
                        properties = properties.Add(FixProperties.KeyVersion, "true");
                    }

                    c.ReportDiagnostic(Diagnostic.Create(Rule, key.Value.Syntax.GetLocation(), properties, name.ToString(), problem.Reason));
                }
            },
            OperationKind.Invocation);
}
