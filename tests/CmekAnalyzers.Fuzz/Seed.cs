using Microsoft.CodeAnalysis;

namespace CmekAnalyzers.Fuzz;

/// <summary>One fuzz input: a named set of C# files that compile together (a test case, the samples, a hand-written nasty case).</summary>
/// <remarks>
/// Generated seeds (thousands of lines) are not <see cref="Exhaustive"/>: their line prefixes are sampled, else one seed
/// would eat the whole budget.
/// </remarks>
internal sealed record Seed(string Name, IReadOnlyList<string> Files, OutputKind OutputKind = OutputKind.DynamicallyLinkedLibrary, bool Exhaustive = true)
{
    /// <summary>The same seed with one file replaced (mutations change one file; the others stay as they are).</summary>
    public IReadOnlyList<string> WithFile(int index, string text)
    {
        var files = Files.ToArray();
        files[index] = text;
        return files;
    }
}

/// <summary>A mutated seed: which seed, what was done to which file; the files are built only when the mutation runs.</summary>
internal sealed record Mutation(Seed Seed, string Description, Func<IReadOnlyList<string>> Files);
