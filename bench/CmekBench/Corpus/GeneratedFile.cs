namespace CmekBench.Corpus;

/// <summary>One generated source file: its path in the generated project and its text.</summary>
internal sealed record GeneratedFile(string Path, string Text);
