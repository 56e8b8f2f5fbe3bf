using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CmekAnalyzers.CodeFixes;

/// <summary>
/// CMEK003 (key version destroyed or disabled), the part of <see cref="ReencryptCodeFixProvider"/> that inserts, before the
/// KMS call, loops that update every existing recognizer, custom class and phrase set of the config's location with the
/// client that changed the key, so that none is left on the old key version:
/// <c>foreach (var recognizer in speech.ListRecognizers(parent)) { speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted(); }</c>
/// (<c>await foreach</c> over List*Async in async code). Offered only when the analyzer knew the config's parent.
/// </summary>
internal static class RetirementReencryptFix
{
    private static readonly (string Kind, string Plural, string Variable)[] Kinds =
    {
        ("Recognizer", "Recognizers", "recognizer"),
        ("CustomClass", "CustomClasses", "customClass"),
        ("PhraseSet", "PhraseSets", "phraseSet"),
    };

    public static bool Applies(Diagnostic diagnostic) => diagnostic.Properties.ContainsKey(FixProperties.ReencryptParent);

    public static void Register(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        if (!diagnostic.Properties.TryGetValue(FixProperties.ReencryptParent, out var parent) || parent is null
            || diagnostic.AdditionalLocations.Count == 0 || diagnostic.AdditionalLocations[0].SourceTree != root.SyntaxTree
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax } statement
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax client } }
            || !ReencryptCodeFixProvider.InScope(client, statement, model, context.CancellationToken))
        {
            return;
        }

        var isAsync = model.GetEnclosingSymbol(statement.SpanStart, context.CancellationToken) is IMethodSymbol { IsAsync: true };
        var mask = ReencryptCodeFixProvider.FieldMaskInScope(statement, model) ? "new FieldMask()" : "new global::Google.Protobuf.WellKnownTypes.FieldMask()";
        context.RegisterCodeFix(
            CodeAction.Create(
                "Update every existing recognizer, custom class and phrase set before retiring the key version",
                ct => Task.FromResult(context.Document.WithSyntaxRoot(Insert(root, statement, client.Identifier.ValueText, parent, mask, isAsync))),
                ReencryptCodeFixProvider.EquivalenceKey),
            diagnostic);
    }

    private static SyntaxNode Insert(SyntaxNode root, StatementSyntax statement, string client, string parent, string mask, bool isAsync)
    {
        var indentation = statement.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
        var newLine = statement.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is var eol && eol.IsKind(SyntaxKind.EndOfLineTrivia) ? eol.ToString() : "\n";
        var used = new HashSet<string>(
            (statement.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode)statement).DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.IdentifierToken))
                .Select(t => t.ValueText));
        var parentLiteral = SyntaxFactory.Literal(parent).ToString();
        var suffix = isAsync ? "Async" : string.Empty;

        var text = new System.Text.StringBuilder();
        foreach (var (kind, plural, variable) in Kinds)
        {
            var name = Unused(variable, used);
            var update = $"{client}.Update{kind}{suffix}({name}, {mask})";
            var body = isAsync ? $"await (await {update}).PollUntilCompletedAsync();" : $"{update}.PollUntilCompleted();";
            text.Append(indentation).Append(isAsync ? "await foreach" : "foreach").Append($" (var {name} in {client}.List{plural}{suffix}({parentLiteral}))").Append(newLine)
                .Append(indentation).Append('{').Append(newLine)
                .Append(indentation).Append("    ").Append(body).Append(newLine)
                .Append(indentation).Append('}').Append(newLine);
        }

        // Parsed inside an async method: elsewhere the parser reads `await (...)` as a call.
        var wrapper = SyntaxFactory.ParseCompilationUnit("class C { async void M() {" + newLine + text + "} }");
        var loops = ((MethodDeclarationSyntax)((ClassDeclarationSyntax)wrapper.Members[0]).Members[0]).Body!.Statements;

        var block = (BlockSyntax)statement.Parent!;
        var index = block.Statements.IndexOf(statement);
        return root.ReplaceNode(block, block.WithStatements(block.Statements.InsertRange(index, loops)));
    }

    private static string Unused(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; used.Contains(candidate); i++)
        {
            candidate = name + i;
        }

        used.Add(candidate);
        return candidate;
    }
}
