using System.Collections.Immutable;

namespace CmekAnalyzers.Domain;

/// <summary>
/// Reads resource names of the form <c>projects/{p}/locations/{L}/...</c>: Speech configs, recognizers,
/// custom classes, phrase sets, parents (<c>LocationName</c>) and Cloud KMS keys.
/// </summary>
internal static class ResourcePath
{
    /// <summary>The location segment when the name is of the <c>projects/*/locations/L/...</c> shape and L is literal.</summary>
    public static string? LocationOf(SymbolicString name)
    {
        var segments = name.Segments();
        if (segments.Length < 4 || segments[0] != "projects" || segments[2] != "locations")
        {
            return null;
        }

        // segment 1 (the project) may be unknown; it must not be empty.
        if (segments[1] is { Length: 0 })
        {
            return null;
        }

        var location = segments[3];
        return string.IsNullOrWhiteSpace(location) || location!.Trim() != location ? null : location;
    }

    /// <summary>A typed resource name's string template, its placeholders filled by the factory arguments in order.</summary>
    public static SymbolicString Fill(ImmutableArray<string> template, ImmutableArray<SymbolicString> ids)
    {
        var pieces = ImmutableArray.CreateBuilder<SymbolicString>();
        var next = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (i > 0)
            {
                pieces.Add(SymbolicString.Literal("/"));
            }

            if (template[i] == "*")
            {
                pieces.Add(next < ids.Length ? ids[next] : SymbolicString.Hole);
                next++;
            }
            else
            {
                pieces.Add(SymbolicString.Literal(template[i]));
            }
        }

        return SymbolicString.Concat(pieces);
    }
}
