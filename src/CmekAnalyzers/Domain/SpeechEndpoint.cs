using System;
using System.Collections.Generic;

namespace CmekAnalyzers.Domain;

/// <summary>What an endpoint string says: the Speech location it serves and whether it is written wrongly.</summary>
internal sealed class SpeechEndpoint
{
    public const string GlobalHost = "speech.googleapis.com";
    private const string GoogleApis = ".googleapis.com";

    private SpeechEndpoint(string text, string? location, IReadOnlyList<string> problems)
    {
        Text = text;
        Location = location;
        Problems = problems;
    }

    public string Text { get; }

    /// <summary>The location served, or null for hosts that are not Google's public Speech endpoints (emulator, localhost, private service connect).</summary>
    public string? Location { get; }

    /// <summary>Why the text is not the canonical <c>{L}-speech.googleapis.com</c> form; empty when it is fine.</summary>
    public IReadOnlyList<string> Problems { get; }

    public bool IsMalformed => Location is not null && Problems.Count > 0;

    public string? Canonical => Location is null ? null : SpeechLocation.EndpointFor(Location);

    public static SpeechEndpoint Parse(string text)
    {
        var problems = new List<string>();
        var rest = text;
        if (rest.Trim().Length != rest.Length)
        {
            problems.Add("surrounding whitespace");
            rest = rest.Trim();
        }

        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            problems.Add("a URL scheme ('" + rest.Substring(0, scheme + 3) + "')");
            rest = rest.Substring(scheme + 3);
        }

        var slash = rest.IndexOf('/');
        if (slash >= 0)
        {
            problems.Add("a path ('" + rest.Substring(slash) + "')");
            rest = rest.Substring(0, slash);
        }

        var host = rest;
        var colon = rest.LastIndexOf(':');
        if (colon >= 0)
        {
            var port = rest.Substring(colon + 1);
            host = rest.Substring(0, colon);
            if (port != "443")
            {
                // Another port is not Google's public endpoint: an emulator or a proxy we cannot place.
                return Unknown(text);
            }
        }

        if (!string.Equals(host, host.ToLowerInvariant(), StringComparison.Ordinal))
        {
            problems.Add("upper-case letters");
            host = host.ToLowerInvariant();
        }

        var location = LocationOfHost(host, problems);
        return location is null ? Unknown(text) : new SpeechEndpoint(text, location, problems);
    }

    /// <summary>The bare host of an endpoint text, in lower case: no whitespace, scheme, path or port.</summary>
    public static string HostOf(string text)
    {
        var rest = text.Trim();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest.Substring(scheme + 3);
        }

        var slash = rest.IndexOf('/');
        if (slash >= 0)
        {
            rest = rest.Substring(0, slash);
        }

        var colon = rest.LastIndexOf(':');
        return (colon >= 0 ? rest.Substring(0, colon) : rest).ToLowerInvariant();
    }

    private static SpeechEndpoint Unknown(string text) => new(text, null, Array.Empty<string>());

    private static string? LocationOfHost(string host, List<string> problems)
    {
        if (host == GlobalHost || host == "global-speech.googleapis.com")
        {
            return SpeechLocation.Global;
        }

        if (!host.EndsWith(GoogleApis, StringComparison.Ordinal))
        {
            return null;
        }

        var prefix = host.Substring(0, host.Length - GoogleApis.Length);
        const string Regional = "-speech";
        if (prefix.EndsWith(Regional, StringComparison.Ordinal))
        {
            var location = prefix.Substring(0, prefix.Length - Regional.Length);
            return SpeechLocation.LooksLikeLocation(location) ? location : null;
        }

        // speech.europe-west4.googleapis.com
        if (prefix.StartsWith("speech.", StringComparison.Ordinal))
        {
            return WrongShape(prefix.Substring("speech.".Length), problems);
        }

        // europe-west4.speech.googleapis.com
        if (prefix.EndsWith(".speech", StringComparison.Ordinal))
        {
            return WrongShape(prefix.Substring(0, prefix.Length - ".speech".Length), problems);
        }

        return null;
    }

    private static string? WrongShape(string location, List<string> problems)
    {
        if (!SpeechLocation.LooksLikeLocation(location) || SpeechLocation.IsGlobal(location))
        {
            return null;
        }

        problems.Add("the host shape (regional endpoints are '{location}-speech.googleapis.com')");
        return location;
    }
}
