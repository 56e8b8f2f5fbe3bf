using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CmekAnalyzers.Fuzz;

/// <summary>
/// What is done to a seed: every line prefix of each file, every token prefix of the lines that carry a CMEK diagnostic,
/// odd values in place of string literals, and random deletions (character spans and token runs) drawn from a generator
/// seeded per seed, so a failure reproduces from the printed random seed.
/// </summary>
internal static class Mutations
{
    private const int SampledLinePrefixes = 60;

    public static IEnumerable<Mutation> Truncations(Seed seed, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        for (var file = 0; file < seed.Files.Count; file++)
        {
            var text = SourceText.From(seed.Files[file]);
            var fileIndex = file;
            var stride = seed.Exhaustive ? 1 : Math.Max(1, text.Lines.Count / SampledLinePrefixes);
            for (var line = 0; line < text.Lines.Count - 1; line += stride)
            {
                var end = text.Lines[line].EndIncludingLineBreak;
                yield return new Mutation(seed, $"file {fileIndex}: first {line + 1} lines", () => seed.WithFile(fileIndex, seed.Files[fileIndex][..end]));
            }

            var path = $"/fuzz/File{file}.cs";
            var flagged = diagnostics.Where(d => d.Location.SourceTree?.FilePath == path)
                .SelectMany(d => LinesOf(text, d.Location.SourceSpan))
                .Distinct()
                .Order();
            var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().ToList();
            foreach (var line in flagged)
            {
                var span = text.Lines[line].Span;
                foreach (var token in tokens.Where(t => span.Contains(t.SpanStart)))
                {
                    var end = token.Span.End;
                    yield return new Mutation(seed, $"file {fileIndex}: cut after the token at {line + 1}:{token.SpanStart - span.Start + 1} ('{Short(token.Text)}')",
                        () => seed.WithFile(fileIndex, seed.Files[fileIndex][..end]));
                }
            }
        }
    }

    /// <summary>Values the domain parsers (key names, endpoints, resource names, masks) may choke on.</summary>
    private static readonly string[] OddValues =
    {
        "", " ", "/", "//", ":", ":443", "*", ",", "{0}", "\0", "\uD800", "locations",
        "projects/", "projects/p/locations/", "projects/p/locations//keyRings/r/cryptoKeys/k", "projects//locations/us",
        "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k/cryptoKeyVersions/",
        "projects/p/locations/us/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1/extra",
        "projects/p/locations/us/recognizers/", "projects/p/locations/global/config/", "projects/p/locations/eu/customClasses",
        "-speech.googleapis.com", "speech.googleapis.com:", "https://", "https://:443/", "eu-speech.googleapis.com:99999999999",
        "EUROPE-WEST4-SPEECH.GOOGLEAPIS.COM", "europe-west4-speech.googleapis.com/v2/", "kms_key_name,", "config.kms_key_name",
    };

    private const int SwapsPerLiteral = 6;

    /// <summary>Per file: a test case has a handful of literals, a generated seed thousands.</summary>
    private const int MaxSwappedLiterals = 30;

    /// <summary>
    /// In seeds that get a diagnostic, each string literal (the values the rules read) replaced by some of
    /// <see cref="OddValues"/>, a different rotation for each literal.
    /// </summary>
    public static IEnumerable<Mutation> LiteralSwaps(Seed seed, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            yield break;
        }

        var rotation = 0;
        for (var file = 0; file < seed.Files.Count; file++)
        {
            var fileIndex = file;
            var literals = CSharpSyntaxTree.ParseText(seed.Files[file]).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                .Where(t => t.Span.Length < 10_000)
                .Take(MaxSwappedLiterals)
                .ToList();
            foreach (var literal in literals)
            {
                for (var i = 0; i < SwapsPerLiteral; i++)
                {
                    var value = OddValues[(rotation + i) % OddValues.Length];
                    var spelled = SymbolDisplay.FormatLiteral(value, quote: true);
                    var span = literal.Span;
                    yield return new Mutation(seed, $"file {fileIndex}: literal at {span.Start} ('{Short(literal.Text)}') replaced by {spelled}",
                        () => seed.WithFile(fileIndex, seed.Files[fileIndex].Remove(span.Start, span.Length).Insert(span.Start, spelled)));
                }

                rotation += SwapsPerLiteral;
            }
        }
    }

    public static IEnumerable<Mutation> RandomDeletions(Seed seed, int count, int randomSeed)
    {
        // Generated seeds are big and slow to compile: a sixth of the deletions.
        count = seed.Exhaustive ? count : Math.Max(1, count / 6);
        var random = new Random(randomSeed ^ StableHash(seed.Name));
        for (var i = 0; i < count; i++)
        {
            var file = random.Next(seed.Files.Count);
            var source = seed.Files[file];
            if (source.Length == 0)
            {
                continue;
            }

            int start, length;
            if (random.Next(2) == 0)
            {
                // A character span, mostly short: breaks tokens, strings and interpolations in the middle.
                start = random.Next(source.Length);
                length = Math.Min(source.Length - start, 1 + (int)Math.Pow(random.NextDouble(), 3) * 200);
            }
            else
            {
                // A run of whole tokens: keeps the lexer happy and breaks the syntax and the binding instead.
                var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
                if (tokens.Count == 0)
                {
                    continue;
                }

                var first = random.Next(tokens.Count);
                var last = Math.Min(tokens.Count - 1, first + random.Next(5));
                start = tokens[first].SpanStart;
                length = tokens[last].Span.End - start;
            }

            yield return new Mutation(seed, $"file {file}: delete {length} chars at {start} ('{Short(source.Substring(start, length))}')",
                () => seed.WithFile(file, source.Remove(start, length)));
        }
    }

    private static IEnumerable<int> LinesOf(SourceText text, TextSpan span)
    {
        var first = text.Lines.GetLineFromPosition(span.Start).LineNumber;
        var last = text.Lines.GetLineFromPosition(span.End).LineNumber;
        return Enumerable.Range(first, last - first + 1);
    }

    private static string Short(string text) => (text.Length > 40 ? text[..40] + "..." : text).Replace("\n", "\\n").Replace("\r", "\\r");

    /// <summary>string.GetHashCode differs per process; this one does not.</summary>
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
