using System.IO;
using CmekAnalyzers.Domain.Configuration;
using Microsoft.CodeAnalysis;

namespace CmekAnalyzers.Domain;

/// <summary>"line 12" or "Settings.cs line 12": where a value came from, for diagnostic messages.</summary>
internal static class SourcePlace
{
    public static string Describe(SyntaxNode node, SyntaxTree reportedIn)
    {
        var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        if (node.SyntaxTree == reportedIn || string.IsNullOrEmpty(node.SyntaxTree.FilePath))
        {
            return "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Path.GetFileName(node.SyntaxTree.FilePath) + " line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>" from appsettings.json (Speech:KmsKeyName)" for a value read from configuration, else "".</summary>
    public static string FromSetting(SettingOrigin? origin) => origin is null ? string.Empty : " from " + origin.Describe();
}
