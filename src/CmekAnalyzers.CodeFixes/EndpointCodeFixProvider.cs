using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CmekAnalyzers.Domain;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CmekAnalyzers.CodeFixes;

/// <summary>
/// CMEK001, CMEK002, CMEK006: point the client at the endpoint of the location every known value of the call agrees on,
/// by rewriting the Endpoint value or by adding one where the client is created.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(EndpointCodeFixProvider))]
public sealed class EndpointCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.KeyEndpointMismatch, RuleIds.RegionalKeyGlobalEndpoint, RuleIds.ResourceEndpointMismatch);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.TargetLocation, out var location) || location is null
                || !diagnostic.Properties.TryGetValue(FixProperties.Shape, out var shape) || shape is null
                || diagnostic.AdditionalLocations.Count == 0 || !diagnostic.AdditionalLocations[0].IsInSource)
            {
                continue;
            }

            var endpoint = SpeechLocation.EndpointFor(location);
            var site = diagnostic.AdditionalLocations[0];
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use the Speech endpoint '" + endpoint + "'",
                    ct => ApplyAsync(context.Document.Project.Solution, site, shape, endpoint, ct),
                    diagnostic.Id + "_SetRegionalEndpoint"),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> ApplyAsync(Solution solution, Location site, string shape, string endpoint, CancellationToken cancellationToken)
    {
        if (solution.GetDocument(site.SourceTree) is not { } document
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return solution;
        }

        var node = root.FindNode(site.SourceSpan, getInnermostNodeForTie: true);
        var replacement = shape switch
        {
            FixProperties.EndpointValue => (node as ExpressionSyntax)?.Let(e => (SyntaxNode)EndpointSyntax.Literal(endpoint).WithTriviaFrom(e)),
            nameof(CreationShape.CreateCall) or nameof(CreationShape.CreateAsyncCall) => Outermost<InvocationExpressionSyntax>(node, site)?.Let(i => (SyntaxNode)EndpointSyntax.BuilderFor(i, endpoint)),
            nameof(CreationShape.BuilderCreation) => Outermost<BaseObjectCreationExpressionSyntax>(node, site)?.Let(c => (SyntaxNode)EndpointSyntax.WithEndpoint(c, endpoint)),
            nameof(CreationShape.ServiceRegistration) => Outermost<InvocationExpressionSyntax>(node, site)?.Let(i => (SyntaxNode)EndpointSyntax.WithRegistrationEndpoint(i, endpoint)),
            _ => null,
        };

        if (replacement is null)
        {
            return solution;
        }

        var target = shape == FixProperties.EndpointValue ? node : node.AncestorsAndSelf().First(n => n.Span == site.SourceSpan);
        return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(target, replacement));
    }

    /// <summary>The node of type T whose span is exactly the site (FindNode may return an inner node of the same span).</summary>
    private static T? Outermost<T>(SyntaxNode node, Location site)
        where T : SyntaxNode
        => node.AncestorsAndSelf().OfType<T>().FirstOrDefault(n => n.Span == site.SourceSpan);
}
