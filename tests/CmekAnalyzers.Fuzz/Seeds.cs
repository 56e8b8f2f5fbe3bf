using System.Text.RegularExpressions;
using CmekAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CmekAnalyzers.Fuzz;

/// <summary>Where the fuzz inputs come from: the C# snippets of the test cases, the samples, and <see cref="NastySeeds"/>.</summary>
internal static class Seeds
{
    public static IReadOnlyList<Seed> All() => FromTests().Concat(FromSamples()).Concat(NastySeeds.All()).ToList();

    /// <summary>
    /// String literals of tests/CmekAnalyzers.Tests that look like C# code, without the test markup. Literals that sit
    /// together in one array (a multi-file case) stay one seed.
    /// </summary>
    public static IEnumerable<Seed> FromTests()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var directory = RepositoryFiles.PathOf("tests", "CmekAnalyzers.Tests");
        foreach (var path in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Where(IsSource).Order(StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
            var name = Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/');
            var grouped = new HashSet<SyntaxNode>();
            var index = 0;
            var consts = root.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                .Where(v => v.Initializer?.Value is LiteralExpressionSyntax && v.Parent?.Parent is FieldDeclarationSyntax f && f.Modifiers.Any(SyntaxKind.ConstKeyword))
                .GroupBy(v => v.Identifier.ValueText)
                .ToDictionary(g => g.Key, g => ((LiteralExpressionSyntax)g.First().Initializer!.Value).Token.ValueText);
            string Prefix(ExpressionSyntax snippet) => snippet.Parent is BinaryExpressionSyntax { Left: IdentifierNameSyntax left } add && add.Right == snippet
                && consts.TryGetValue(left.Identifier.ValueText, out var value) ? value : "";
            foreach (var array in root.DescendantNodes().Where(n => n is ImplicitArrayCreationExpressionSyntax or ArrayCreationExpressionSyntax or CollectionExpressionSyntax))
            {
                var literals = array.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(IsCode).ToList();
                if (literals.Count >= 2)
                {
                    grouped.UnionWith(literals);
                    var files = literals.Select(l => StripMarkup(l.Token.ValueText)).ToList();
                    if (seen.Add(string.Join("\0", files)))
                    {
                        yield return new Seed($"{name}#{index++}", files);
                    }
                }
            }

            foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(IsCode).Where(l => !grouped.Contains(l)))
            {
                var text = StripMarkup(Prefix(literal) + literal.Token.ValueText);
                if (seen.Add(text))
                {
                    yield return new Seed($"{name}#{index++}", new[] { text });
                }
            }

            // Snippets built by helpers (Usings + $$"""... {{mask}} ..."""): a const of the file on the left is prepended,
            // holes become null, which still compiles mostly.
            foreach (var interpolated in root.DescendantNodes().OfType<InterpolatedStringExpressionSyntax>())
            {
                var text = StripMarkup(Prefix(interpolated) + string.Concat(interpolated.Contents.Select(c => c is InterpolatedStringTextSyntax t ? t.TextToken.ValueText : "null")));
                if (LooksLikeCode(text) && seen.Add(text))
                {
                    yield return new Seed($"{name}#{index++}", new[] { text });
                }
            }
        }
    }

    /// <summary>samples/CmekSamples: one seed of all its files, with the usings its project adds implicitly.</summary>
    public static IEnumerable<Seed> FromSamples()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("samples", "CmekSamples"), "*.cs").Where(IsSource).Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Append(ImplicitUsings)
            .ToList();
        yield return new Seed("samples/CmekSamples", files, OutputKind.ConsoleApplication);
    }

    public const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static bool IsSource(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return !parts.Contains("bin") && !parts.Contains("obj");
    }

    private static bool IsCode(LiteralExpressionSyntax literal) => LooksLikeCode(literal.Token.ValueText);

    private static bool LooksLikeCode(string text)
        => text.Length > 20 && (text.Contains("class ", StringComparison.Ordinal) || text.Contains("using ", StringComparison.Ordinal)) && text.Contains(';');

    /// <summary>The analyzer-testing markup: <c>[|...|]</c>, <c>{|CMEK001:...|}</c>, <c>{|#0:...|}</c>.</summary>
    public static string StripMarkup(string text) => Markup.Replace(text, "");

    private static readonly Regex Markup = new(@"\{\|[^:|{}\s]*:|\|\}|\[\||\|\]", RegexOptions.Compiled);
}
