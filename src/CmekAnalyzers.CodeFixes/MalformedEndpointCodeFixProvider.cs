using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CmekAnalyzers.CodeFixes;

/// <summary>
/// CMEK007: writes the endpoint as <c>{L}-speech.googleapis.com</c>. The literal is rewritten where it is written:
/// at the Endpoint assignment, or in the const or readonly field the assignment reads.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(MalformedEndpointCodeFixProvider))]
public sealed class MalformedEndpointCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MalformedEndpoint);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || model is null
                || !diagnostic.Properties.TryGetValue(FixProperties.CanonicalEndpoint, out var canonical) || canonical is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || SpelledValue.Find(value, model, context.CancellationToken) is not { } literal)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Write the endpoint as '" + canonical + "'",
                    ct => ReplaceAsync(context.Document.Project.Solution, literal, canonical, ct),
                    RuleIds.MalformedEndpoint + "_NormalizeEndpoint"),
                diagnostic);
        }
    }

    private static async Task<Solution> ReplaceAsync(Solution solution, ExpressionSyntax literal, string canonical, CancellationToken cancellationToken)
    {
        if (solution.GetDocument(literal.SyntaxTree) is not { } document
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return solution;
        }

        var current = root.FindNode(literal.Span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<ExpressionSyntax>().First(n => n.Span == literal.Span);
        return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(current, EndpointSyntax.Literal(canonical).WithTriviaFrom(current)));
    }
}
