using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
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

/// <summary>CMEK004: a key version where the key belongs; strips <c>/cryptoKeyVersions/N</c> from the literal or interpolated string.</summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(KeyVersionCodeFixProvider))]
public sealed class KeyVersionCodeFixProvider : CodeFixProvider
{
    private static readonly Regex s_versionSuffix = new("/cryptoKeyVersions/[^/]*$", RegexOptions.CultureInvariant);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MalformedKeyName);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || model is null || !diagnostic.Properties.ContainsKey(FixProperties.KeyVersion)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || SpelledValue.Find(value, model, context.CancellationToken) is not { } spelled
                || Stripped(spelled) is not { } replacement)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use the key, not a key version",
                    ct => ReplaceAsync(context.Document.Project.Solution, spelled, replacement, ct),
                    RuleIds.MalformedKeyName + "_StripKeyVersion"),
                diagnostic);
        }
    }

    private static ExpressionSyntax? Stripped(ExpressionSyntax spelled)
    {
        switch (spelled)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && s_versionSuffix.IsMatch(literal.Token.ValueText):
                return LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(s_versionSuffix.Replace(literal.Token.ValueText, string.Empty)))
                    .WithTriviaFrom(literal);
            case InterpolatedStringExpressionSyntax interpolated:
                return StripInterpolated(interpolated);
            default:
                return null;
        }
    }

    /// <summary>Drops the text "/cryptoKeyVersions/..." and whatever follows it (a version hole, say).</summary>
    private static ExpressionSyntax? StripInterpolated(InterpolatedStringExpressionSyntax interpolated)
    {
        var contents = interpolated.Contents;
        for (var i = contents.Count - 1; i >= 0; i--)
        {
            if (contents[i] is not InterpolatedStringTextSyntax text)
            {
                continue;
            }

            var raw = text.TextToken.Text;
            var at = raw.IndexOf("/cryptoKeyVersions/", System.StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var kept = contents.Take(i).ToList();
            if (at > 0)
            {
                var token = Token(text.TextToken.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, raw.Substring(0, at), raw.Substring(0, at), text.TextToken.TrailingTrivia);
                kept.Add(text.WithTextToken(token));
            }

            return interpolated.WithContents(List(kept));
        }

        return null;
    }

    private static async Task<Solution> ReplaceAsync(Solution solution, ExpressionSyntax spelled, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        if (solution.GetDocument(spelled.SyntaxTree) is not { } document
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return solution;
        }

        var current = root.FindNode(spelled.Span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<ExpressionSyntax>().First(n => n.Span == spelled.Span);
        return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(current, replacement));
    }
}
