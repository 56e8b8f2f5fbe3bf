using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CmekAnalyzers.Domain;

/// <summary>
/// Checks the shape of a KMS key name, <c>projects/*/locations/*/keyRings/*/cryptoKeys/*</c>, from its literal parts:
/// a hole (a value the code does not show) is taken to fill whole id segments, and a hole where a fixed word belongs
/// leaves the shape undecided.
/// </summary>
internal static class KmsKeyName
{
    private static readonly string[] s_words = { "projects", "locations", "keyRings", "cryptoKeys" };

    /// <summary>The problem with the name, or null when it is a key name, the removal "", or cannot be decided.</summary>
    public static KeyNameProblem? Check(SymbolicString name)
    {
        if (name.Value == string.Empty)
        {
            return null;
        }

        var segments = name.Segments();
        for (var i = 0; i < segments.Length && i < 10; i += 2)
        {
            if (segments[i] is null)
            {
                return null; // a fixed word we cannot see: it may hold several segments
            }
        }

        foreach (var part in name.Parts)
        {
            if (part is not null && HasWhitespace(part))
            {
                return new KeyNameProblem(KeyNameProblemKind.Whitespace, "contains whitespace");
            }
        }

        if (segments.Length == 10 && Matches(segments, 8) && segments[8] == "cryptoKeyVersions")
        {
            return new KeyNameProblem(KeyNameProblemKind.KeyVersion, "names a key version ('/cryptoKeyVersions/" + (segments[9] ?? "…") + "'); Speech takes the key, and uses its primary version");
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] is { Length: 0 })
            {
                return new KeyNameProblem(KeyNameProblemKind.Shape, "has an empty segment");
            }
        }

        for (var i = 0; i < s_words.Length && 2 * i < segments.Length; i++)
        {
            var word = segments[2 * i]!;
            if (word != s_words[i])
            {
                return string.Equals(word, s_words[i], StringComparison.OrdinalIgnoreCase)
                    ? new KeyNameProblem(KeyNameProblemKind.Casing, "writes '" + word + "' where the name needs '" + s_words[i] + "'")
                    : new KeyNameProblem(KeyNameProblemKind.Shape, "has '" + word + "' where the name needs '" + s_words[i] + "'");
            }
        }

        if (segments.Length == 6)
        {
            return new KeyNameProblem(KeyNameProblemKind.Shape, "names a key ring, not a key");
        }

        return segments.Length == 8 ? null : new KeyNameProblem(KeyNameProblemKind.Shape, "is not of the form projects/*/locations/*/keyRings/*/cryptoKeys/*");
    }

    private static bool Matches(ImmutableArray<string?> segments, int words)
    {
        for (var i = 0; i < words / 2; i++)
        {
            if (segments[2 * i] != s_words[i] || segments[2 * i + 1] is { Length: 0 })
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWhitespace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}

internal enum KeyNameProblemKind
{
    Shape,
    Casing,
    Whitespace,

    /// <summary>A <c>cryptoKeyVersions/N</c> suffix: the one case the fix can repair.</summary>
    KeyVersion,
}

internal sealed class KeyNameProblem
{
    public KeyNameProblem(KeyNameProblemKind kind, string reason)
    {
        Kind = kind;
        Reason = reason;
    }

    public KeyNameProblemKind Kind { get; }

    public string Reason { get; }
}
