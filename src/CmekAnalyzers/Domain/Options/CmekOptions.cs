using System;
using System.Collections.Generic;

namespace CmekAnalyzers.Domain.Options;

/// <summary>
/// The package's own .editorconfig / .globalconfig options for one file, parsed once. Bad entries are kept as
/// <see cref="Problems"/> (reported as CMEK008) and otherwise ignored; reading never throws.
/// </summary>
internal sealed class CmekOptions
{
    /// <summary>The location to assume for a SpeechClient whose endpoint the code does not show.</summary>
    public const string SpeechEndpointLocationKey = "cmek_analyzers.speech_endpoint_location";

    /// <summary><c>host-pattern=location, ...</c>: endpoint hosts (private service connect, proxies) that serve a location.</summary>
    public const string EndpointLocationsKey = "cmek_analyzers.endpoint_locations";

    /// <summary>Written as the value, turns an option off (for example in one file, over a global setting).</summary>
    public const string Off = "none";

    public static readonly CmekOptions None = new(null, Array.Empty<HostLocation>(), Array.Empty<OptionProblem>());

    private CmekOptions(string? assumedLocation, IReadOnlyList<HostLocation> hostLocations, IReadOnlyList<OptionProblem> problems)
    {
        AssumedLocation = assumedLocation;
        HostLocations = hostLocations;
        Problems = problems;
    }

    public string? AssumedLocation { get; }

    public IReadOnlyList<HostLocation> HostLocations { get; }

    public IReadOnlyList<OptionProblem> Problems { get; }

    /// <param name="read">The raw value of a key, or null when the key is not set.</param>
    public static CmekOptions Parse(Func<string, string?> read)
    {
        var problems = new List<OptionProblem>();
        var assumed = ReadLocation(read(SpeechEndpointLocationKey), problems);
        var hosts = ReadHostLocations(read(EndpointLocationsKey), problems);
        return assumed is null && hosts.Count == 0 && problems.Count == 0 ? None : new CmekOptions(assumed, hosts, problems);
    }

    /// <summary>The location the first matching pattern gives to the host of <paramref name="endpointText"/>, or null.</summary>
    public HostLocation? HostLocationOf(string endpointText)
    {
        if (HostLocations.Count == 0)
        {
            return null;
        }

        var host = SpeechEndpoint.HostOf(endpointText);
        foreach (var entry in HostLocations)
        {
            if (entry.Pattern.Matches(host))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// The endpoint with the options applied: a host matched by a pattern serves the pattern's location; a client whose
    /// endpoint the code does not show gets the assumed location. Everything else is left as the code says.
    /// </summary>
    public ClientEndpoint Apply(ClientEndpoint endpoint)
    {
        if (endpoint.Text is { } text && endpoint.Site is { } site && HostLocationOf(text) is { } entry)
        {
            return ClientEndpoint.FromHostOption(text, entry.Location, site, EndpointLocationsKey);
        }

        if (endpoint.IsNotShown && AssumedLocation is { } assumed)
        {
            return ClientEndpoint.Assumed(assumed, SpeechEndpointLocationKey);
        }

        return endpoint;
    }

    private static string? ReadLocation(string? value, List<OptionProblem> problems)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, Off, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (LocationProblem(text!) is { } reason)
        {
            problems.Add(new OptionProblem(SpeechEndpointLocationKey, text!, reason));
            return null;
        }

        return SpeechLocation.Canonical(text!);
    }

    private static IReadOnlyList<HostLocation> ReadHostLocations(string? value, List<OptionProblem> problems)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, Off, StringComparison.OrdinalIgnoreCase))
        {
            return Array.Empty<HostLocation>();
        }

        var entries = new List<HostLocation>();
        foreach (var raw in text!.Split(','))
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue; // a trailing comma
            }

            var equals = entry.IndexOf('=');
            if (equals < 0)
            {
                problems.Add(new OptionProblem(EndpointLocationsKey, entry, "an entry is written host-pattern=location, and this one has no '='"));
                continue;
            }

            var host = entry.Substring(0, equals).Trim().ToLowerInvariant();
            var location = entry.Substring(equals + 1).Trim();
            if (HostPattern.TryParse(host, out var hostProblem) is not { } pattern)
            {
                problems.Add(new OptionProblem(EndpointLocationsKey, entry, hostProblem!));
            }
            else if (location.Length == 0)
            {
                problems.Add(new OptionProblem(EndpointLocationsKey, entry, "the location after '=' is empty"));
            }
            else if (LocationProblem(location) is { } locationProblem)
            {
                problems.Add(new OptionProblem(EndpointLocationsKey, entry, locationProblem));
            }
            else
            {
                entries.Add(new HostLocation(pattern, SpeechLocation.Canonical(location)));
            }
        }

        return entries;
    }

    private static string? LocationProblem(string text)
    {
        var lower = text.ToLowerInvariant();
        if (SpeechLocation.LooksLikeLocation(lower))
        {
            return null;
        }

        return lower.IndexOf('.') >= 0
            ? "'" + text + "' looks like a host; write a location such as 'europe-west4', 'eu', 'us' or 'global'"
            : "'" + text + "' is not a location such as 'europe-west4', 'eu', 'us' or 'global'";
    }
}
