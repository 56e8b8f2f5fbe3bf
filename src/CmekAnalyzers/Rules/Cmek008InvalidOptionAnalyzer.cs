using System.Collections.Immutable;
using System.Threading;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Domain.Options;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Rules;

/// <summary>
/// CMEK008: a cmek_analyzers.* option value that cannot be used. Reported once per bad entry in each file where the
/// option is consulted, on that file's first Speech call or SpeechClientBuilder Endpoint assignment (in source order,
/// so the place is stable); files without one, and projects without Speech v2, get nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class Cmek008InvalidOptionAnalyzer : SpeechAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidOption,
        "Invalid CmekAnalyzers option value",
        "Option {0}: '{1}' is ignored, {2}",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A cmek_analyzers.* value in .editorconfig or .globalconfig cannot be read; the analyzers ignore that entry and behave as if it were not written.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.InvalidOption));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override void Register(CompilationStartAnalysisContext context, SpeechContext speech)
        => context.RegisterSemanticModelAction(c =>
        {
            var options = OptionsReader.For(c.Options, c.SemanticModel.SyntaxTree);
            if (options.Problems.Count == 0 || FirstUse(c.SemanticModel, speech, c.CancellationToken) is not { } use)
            {
                return;
            }

            foreach (var problem in options.Problems)
            {
                c.ReportDiagnostic(Diagnostic.Create(Rule, use.GetLocation(), problem.Key, problem.Value, problem.Reason));
            }
        });

    /// <summary>The first node of the file at which a rule reads the options.</summary>
    private static SyntaxNode? FirstUse(SemanticModel model, SpeechContext speech, CancellationToken cancellationToken)
    {
        foreach (var node in model.SyntaxTree.GetRoot(cancellationToken).DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax invocation
                    when model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation
                         && SpeechCall.TryCreate(operation, speech.Values) is not null:
                    return invocation;
                case AssignmentExpressionSyntax assignment
                    when model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Endpoint" } target }
                         && speech.Symbols.IsSpeechBuilder(target.Instance?.Type):
                    return assignment;
            }
        }

        return null;
    }
}
