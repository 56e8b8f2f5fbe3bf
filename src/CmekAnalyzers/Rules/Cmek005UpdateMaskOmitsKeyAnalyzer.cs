using System.Collections.Generic;
using System.Collections.Immutable;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Rules;

/// <summary>
/// CMEK005: an UpdateConfig sets (or removes) the key, but its update mask lists paths and none is <c>kms_key_name</c>,
/// so the service leaves the key unchanged. An absent or empty mask updates every field and is fine.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class Cmek005UpdateMaskOmitsKeyAnalyzer : SpeechAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UpdateMaskOmitsKey,
        "UpdateConfig mask omits kms_key_name",
        "The update mask ({0}) does not name 'kms_key_name', so UpdateConfig leaves the KMS key unchanged",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "FieldMask paths are proto field names: the key field is 'kms_key_name' (not the JSON 'kmsKeyName').",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UpdateMaskOmitsKey));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CompilationStartAnalysisContext context, SpeechContext speech)
        => context.RegisterOperationAction(
            c =>
            {
                if (speech.CallOf((IInvocationOperation)c.Operation) is not { IsKeyChange: true, UpdateMask: { } maskValue } call
                    || UpdateMask.Read(maskValue, speech.Values, call.Invocation) is not { IsEmpty: false } mask
                    || mask.Covers(UpdateMask.KmsKeyPath))
                {
                    return;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                var additional = new List<Location>();
                if (mask.NearMissOfKmsKey() is { } nearMiss)
                {
                    properties[FixProperties.MaskFix] = FixProperties.MaskReplace;
                    additional.Add(nearMiss.Source.Syntax.GetLocation());
                }
                else if (mask.AddSite is { } addSite)
                {
                    properties[FixProperties.MaskFix] = FixProperties.MaskAdd;
                    additional.Add(addSite.GetLocation());
                }

                var paths = new List<string>();
                foreach (var path in mask.Paths)
                {
                    paths.Add("'" + path.Path + "'");
                }

                c.ReportDiagnostic(Diagnostic.Create(Rule, maskValue.Syntax.GetLocation(), additional, properties.ToImmutable(), string.Join(", ", paths)));
            },
            OperationKind.Invocation);
}
