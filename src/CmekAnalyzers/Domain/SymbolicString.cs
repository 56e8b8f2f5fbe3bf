using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CmekAnalyzers.Domain.Configuration;

namespace CmekAnalyzers.Domain;

/// <summary>
/// A string value known in part: literal text with holes for the parts the code does not show
/// (a project id read from configuration, say). Enough to read a location segment out of a resource name.
/// </summary>
internal sealed class SymbolicString
{
    public static readonly SymbolicString Hole = new(ImmutableArray.Create<string?>((string?)null));

    private SymbolicString(ImmutableArray<string?> parts, SettingOrigin? origin = null)
    {
        Parts = parts;
        Origin = origin;
    }

    /// <summary>Literal texts; null marks a hole.</summary>
    public ImmutableArray<string?> Parts { get; }

    public bool IsFullyKnown
    {
        get
        {
            foreach (var part in Parts)
            {
                if (part is null)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The whole value, or null when any part is a hole.</summary>
    public string? Value => IsFullyKnown ? string.Concat(Parts) : null;

    /// <summary>Set when the whole value was read from an appsettings file; for messages. Lost in concatenations.</summary>
    public SettingOrigin? Origin { get; }

    public static SymbolicString Literal(string text) => new(ImmutableArray.Create<string?>(text));

    /// <summary>A value read from configuration: as known as a literal, with the file and key it came from.</summary>
    public static SymbolicString FromSetting(string text, SettingOrigin origin) => new(ImmutableArray.Create<string?>(text), origin);

    public static SymbolicString Concat(IEnumerable<SymbolicString> pieces)
    {
        var builder = ImmutableArray.CreateBuilder<string?>();
        var text = new StringBuilder();
        var pending = false;
        foreach (var piece in pieces)
        {
            foreach (var part in piece.Parts)
            {
                if (part is null)
                {
                    if (pending)
                    {
                        builder.Add(text.ToString());
                        text.Clear();
                        pending = false;
                    }

                    // Two adjacent holes are one hole: nothing is known between them either.
                    if (builder.Count == 0 || builder[builder.Count - 1] is not null)
                    {
                        builder.Add(null);
                    }
                }
                else
                {
                    text.Append(part);
                    pending = true;
                }
            }
        }

        if (pending || builder.Count == 0)
        {
            builder.Add(text.ToString());
        }

        return new SymbolicString(builder.ToImmutable());
    }

    /// <summary>
    /// Splits on '/' into path segments. A segment that contains a hole is null (unknown); a hole is taken
    /// to fill whole segments, which is how resource names are built from ids.
    /// </summary>
    public ImmutableArray<string?> Segments()
    {
        var segments = ImmutableArray.CreateBuilder<string?>();
        var current = new StringBuilder();
        var currentHasHole = false;
        foreach (var part in Parts)
        {
            if (part is null)
            {
                currentHasHole = true;
                continue;
            }

            foreach (var c in part)
            {
                if (c == '/')
                {
                    segments.Add(currentHasHole ? null : current.ToString());
                    current.Clear();
                    currentHasHole = false;
                }
                else
                {
                    current.Append(c);
                }
            }
        }

        segments.Add(currentHasHole ? null : current.ToString());
        return segments.ToImmutable();
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var part in Parts)
        {
            text.Append(part ?? "{…}");
        }

        return text.ToString();
    }

    public bool SameAs(SymbolicString other) => Parts.SequenceEqual(other.Parts);
}
