using System.Runtime.CompilerServices;
using CmekAnalyzers.Domain.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CmekAnalyzers.Infrastructure;

/// <summary>
/// The package's options for a file (.editorconfig sections, .globalconfig and global options alike, through
/// <see cref="AnalyzerConfigOptionsProvider"/>). Parsed once per distinct options object, shared by every rule; the
/// table holds the objects weakly, so it never keeps a compilation's options alive.
/// </summary>
internal static class OptionsReader
{
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, CmekOptions> s_parsed = new();

    public static CmekOptions For(AnalyzerOptions options, SyntaxTree tree)
    {
        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        return s_parsed.GetValue(config, c => CmekOptions.Parse(key => c.TryGetValue(key, out var value) ? value : null));
    }
}
