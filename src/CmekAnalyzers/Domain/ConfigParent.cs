using CmekAnalyzers.Domain.Values;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain;

/// <summary>
/// The location an UpdateConfig's config belongs to, <c>projects/{p}/locations/{l}</c>: the parent whose existing
/// resources keep the old key. Only a fully known config name gives one.
/// </summary>
internal static class ConfigParent
{
    public static string? Of(IInvocationOperation keyChange, ValueResolver values)
    {
        if (SpeechCall.TryCreate(keyChange, values) is not { } call)
        {
            return null;
        }

        foreach (var resource in call.Resources)
        {
            if (resource.Kind == "config name" && values.StringOf(resource.Value)?.Value is { } name && FromConfigName(name) is { } parent)
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary><c>projects/p/locations/l/config</c> → <c>projects/p/locations/l</c>; anything else → null.</summary>
    public static string? FromConfigName(string name)
    {
        var segments = name.Split('/');
        if (segments.Length != 5 || segments[0] != "projects" || segments[2] != "locations" || segments[4] != "config")
        {
            return null;
        }

        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment.Trim().Length != segment.Length || segment.IndexOfAny(new[] { '"', '\\', '{', '}' }) >= 0)
            {
                return null;
            }
        }

        return "projects/" + segments[1] + "/locations/" + segments[3];
    }
}
