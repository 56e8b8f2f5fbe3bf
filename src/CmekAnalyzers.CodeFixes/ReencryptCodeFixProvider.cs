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

namespace CmekAnalyzers.CodeFixes;

/// <summary>
/// CMEK003 (key check): inserts, before the flagged statement, the Update call that re-encrypts the resource, with the
/// client that changed the key: <c>r = speech.UpdateRecognizer(r, new FieldMask()).PollUntilCompleted().Result;</c>
/// (awaited in async code). A variable that cannot be assigned (foreach, readonly field) gets a new local <c>rUpdated</c>.
/// A destroyed or disabled key version gets <see cref="RetirementReencryptFix"/> instead. Both fixes are one provider with one
/// equivalence key, so Fix All (and <c>dotnet format</c>, which picks the key of the first diagnostic) applies both.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(ReencryptCodeFixProvider))]
public sealed class ReencryptCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = RuleIds.ReencryptionAssumed + "_Reencrypt";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ReencryptionAssumed);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && model is not null && RetirementReencryptFix.Applies(diagnostic))
            {
                RetirementReencryptFix.Register(context, diagnostic, root, model);
                continue;
            }

            if (root is null || model is null
                || !diagnostic.Properties.TryGetValue(FixProperties.ResourceKind, out var kind) || kind is null
                || diagnostic.AdditionalLocations.Count == 0 || diagnostic.AdditionalLocations[0].SourceTree != root.SyntaxTree
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax resource } read
                || read.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax } statement
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax client } }
                || !InScope(client, statement, model, context.CancellationToken)
                || model.GetSymbolInfo(resource, context.CancellationToken).Symbol is not { } variable)
            {
                continue;
            }

            var isAsync = model.GetEnclosingSymbol(statement.SpanStart, context.CancellationToken) is IMethodSymbol { IsAsync: true };
            var mask = FieldMaskInScope(statement, model) ? "new FieldMask()" : "new global::Google.Protobuf.WellKnownTypes.FieldMask()";
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Re-encrypt with Update" + kind + (isAsync ? "Async" : string.Empty) + " before the check",
                    ct => Task.FromResult(context.Document.WithSyntaxRoot(Insert(root, statement, read, resource.Identifier.ValueText, client.Identifier.ValueText, kind, mask, isAsync, CanAssign(variable)))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static SyntaxNode Insert(SyntaxNode root, StatementSyntax statement, MemberAccessExpressionSyntax read, string resource, string client, string kind, string mask, bool isAsync, bool assign)
    {
        // Built from nodes rather than parsed: outside an async context the parser reads `await (...)` as a call.
        var call = SyntaxFactory.ParseExpression($"{client}.Update{kind}{(isAsync ? "Async" : string.Empty)}({resource}, {mask})");
        var update = isAsync
            ? Result(SyntaxFactory.AwaitExpression(Invoke(SyntaxFactory.ParenthesizedExpression(SyntaxFactory.AwaitExpression(call)), "PollUntilCompletedAsync")))
            : Result(Invoke(call, "PollUntilCompleted"));
        var target = assign ? resource : resource + "Updated";
        StatementSyntax created = assign
            ? SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(target), update))
            : SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                SyntaxFactory.IdentifierName("var"),
                SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(target).WithInitializer(SyntaxFactory.EqualsValueClause(update)))));

        var indentation = statement.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var newLine = statement.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var inserted = created.NormalizeWhitespace()
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(newLine.IsKind(SyntaxKind.EndOfLineTrivia) ? newLine : SyntaxFactory.ElasticCarriageReturnLineFeed);

        var rewritten = assign ? statement : statement.ReplaceNode(read, read.WithExpression(SyntaxFactory.IdentifierName(target).WithTriviaFrom(read.Expression)));
        var block = (BlockSyntax)statement.Parent!;
        var index = block.Statements.IndexOf(statement);
        var statements = block.Statements.RemoveAt(index).Insert(index, rewritten).Insert(index, inserted);
        return root.ReplaceNode(block, block.WithStatements(statements));
    }

    private static ExpressionSyntax Invoke(ExpressionSyntax receiver, string method)
        => SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(method)));

    /// <summary><c>(operation).Result</c>, parenthesised when the operation is awaited.</summary>
    private static ExpressionSyntax Result(ExpressionSyntax operation)
        => SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            operation is AwaitExpressionSyntax ? SyntaxFactory.ParenthesizedExpression(operation) : operation,
            SyntaxFactory.IdentifierName("Result"));

    /// <summary>True when <c>FieldMask</c> already names the protobuf type at the statement (its namespace is imported).</summary>
    internal static bool FieldMaskInScope(StatementSyntax statement, SemanticModel model)
        => model.LookupNamespacesAndTypes(statement.SpanStart, name: "FieldMask")
            .Any(s => s is INamedTypeSymbol { ContainingNamespace: var ns } && ns.ToDisplayString() == "Google.Protobuf.WellKnownTypes");

    /// <summary>A local that is not a foreach/using variable, a parameter, or a writable field or property.</summary>
    private static bool CanAssign(ISymbol variable) => variable switch
    {
        ILocalSymbol local => !local.IsForEach && !local.IsUsing && !local.IsConst && local.RefKind == RefKind.None,
        IParameterSymbol parameter => parameter.RefKind is RefKind.None or RefKind.Ref or RefKind.Out,
        IFieldSymbol field => !field.IsReadOnly && !field.IsConst,
        IPropertySymbol property => property.SetMethod is not null,
        _ => false,
    };

    /// <summary>The client that changed the key must be visible where the update goes.</summary>
    internal static bool InScope(IdentifierNameSyntax client, StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = model.GetSymbolInfo(client, cancellationToken).Symbol;
        return symbol is not null
               && model.LookupSymbols(statement.SpanStart, name: client.Identifier.ValueText).Any(s => SymbolEqualityComparer.Default.Equals(s, symbol));
    }
}
