using System.Collections.Immutable;
using CmekAnalyzers.Domain.Flow;

namespace CmekAnalyzers.Infrastructure;

/// <summary>
/// What an endpoint diagnostic hands to its code fix. The first additional location is the endpoint site
/// (the Endpoint value, or the creation that lacks one); the second is the key or resource value.
/// </summary>
public static class FixProperties
{
    /// <summary>
    /// The location whose endpoint the fix writes; absent when no fix is safe, and when the endpoint's location comes
    /// from an option (no endpoint in code to rewrite, or a private host a public one must not replace).
    /// </summary>
    public const string TargetLocation = "TargetLocation";

    /// <summary>A <c>CreationShape</c> name, or "Endpoint" to rewrite an endpoint value.</summary>
    public const string Shape = "Shape";

    public const string EndpointValue = "Endpoint";

    /// <summary>CMEK007: the well-formed endpoint to write instead.</summary>
    public const string CanonicalEndpoint = "CanonicalEndpoint";

    /// <summary>CMEK004: the name is a key version; the fix strips <c>/cryptoKeyVersions/N</c>.</summary>
    public const string KeyVersion = "KeyVersion";

    /// <summary>CMEK005: <see cref="MaskReplace"/> the path at the first additional location, or <see cref="MaskAdd"/> to the collection there.</summary>
    public const string MaskFix = "MaskFix";

    public const string MaskReplace = "Replace";

    public const string MaskAdd = "Add";

    /// <summary>CMEK003: the resource kind to update (Recognizer, CustomClass, PhraseSet); the key change is the first additional location.</summary>
    public const string ResourceKind = "ResourceKind";

    /// <summary>CMEK003 (key version retired): the parent (<c>projects/{p}/locations/{l}</c>) whose resources the fix updates; absent when not known.</summary>
    public const string ReencryptParent = "ReencryptParent";

    internal static ImmutableDictionary<string, string?> ForRetirement(string? parent)
        => parent is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(ReencryptParent, parent);

    internal static ImmutableDictionary<string, string?> ForReencryption(FlowEvent check, FlowEvent change)
        => ImmutableDictionary<string, string?>.Empty.Add(ResourceKind, check.Resource.ToString());
}
