using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace CmekAnalyzers.CodeFixes;

/// <summary>CMEK005: writes the path <c>kms_key_name</c> in place of a near miss (kmsKeyName, kms_key), or adds it to the mask.</summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(UpdateMaskCodeFixProvider))]
public sealed class UpdateMaskCodeFixProvider : CodeFixProvider
{
    private const string KmsKeyPath = "kms_key_name";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UpdateMaskOmitsKey);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.MaskFix, out var kind) || kind is null
                || diagnostic.AdditionalLocations.Count == 0 || !diagnostic.AdditionalLocations[0].IsInSource)
            {
                continue;
            }

            var site = diagnostic.AdditionalLocations[0];
            context.RegisterCodeFix(
                CodeAction.Create(
                    kind == FixProperties.MaskReplace ? "Use the mask path 'kms_key_name'" : "Add 'kms_key_name' to the update mask",
                    ct => ApplyAsync(context.Document.Project.Solution, site, kind, ct),
                    RuleIds.UpdateMaskOmitsKey + "_KmsKeyNamePath"),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> ApplyAsync(Solution solution, Location site, string kind, CancellationToken cancellationToken)
    {
        if (solution.GetDocument(site.SourceTree) is not { } document
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return solution;
        }

        var node = root.FindNode(site.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().FirstOrDefault(n => n.Span == site.SourceSpan);
        SyntaxNode? replacement = (kind, node) switch
        {
            (FixProperties.MaskReplace, LiteralExpressionSyntax literal) => PathLiteral(KmsKeyPath).WithTriviaFrom(literal),
            (FixProperties.MaskAdd, InitializerExpressionSyntax collection) => Appended(collection),
            (FixProperties.MaskAdd, LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } fromString)
                => PathLiteral(fromString.Token.ValueText + "," + KmsKeyPath).WithTriviaFrom(fromString),
            _ => null,
        };

        return replacement is null || node is null ? solution : solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(node, replacement));
    }

    private static LiteralExpressionSyntax PathLiteral(string text) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(text));

    /// <summary>Adds the path after the last one, on its own line when the paths are one per line.</summary>
    private static InitializerExpressionSyntax Appended(InitializerExpressionSyntax collection)
    {
        var items = collection.Expressions;
        if (items.Count == 0)
        {
            return collection.WithExpressions(SingletonSeparatedList<ExpressionSyntax>(PathLiteral(KmsKeyPath).WithLeadingTrivia(Space).WithTrailingTrivia(Space)));
        }

        var last = items[items.Count - 1];
        var list = items.GetWithSeparators();
        if (items.SeparatorCount == items.Count)
        {
            // Trailing comma: the new path goes after it, and gets one of its own.
            var trailing = items.GetSeparator(items.Count - 1);
            var afterComma = PathLiteral(KmsKeyPath).WithLeadingTrivia(last.GetLeadingTrivia());
            return collection.WithExpressions(SeparatedList<ExpressionSyntax>(list.Add(afterComma).Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(trailing.TrailingTrivia))));
        }

        var multiLine = last.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia);
        var separator = Token(SyntaxKind.CommaToken).WithTrailingTrivia(multiLine ? last.GetTrailingTrivia() : TriviaList(Space));
        // The last path's trailing comment stays with it (after the new comma); the new path gets only the line end.
        var added = PathLiteral(KmsKeyPath)
            .WithLeadingTrivia(multiLine ? last.GetLeadingTrivia() : TriviaList())
            .WithTrailingTrivia(multiLine ? TriviaList(last.GetTrailingTrivia().Last(t => t.IsKind(SyntaxKind.EndOfLineTrivia))) : last.GetTrailingTrivia());
        var rebuilt = list.Replace(last, last.WithTrailingTrivia()).Add(separator).Add(added);
        return collection.WithExpressions(SeparatedList<ExpressionSyntax>(rebuilt));
    }
}
