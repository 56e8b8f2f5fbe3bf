using System;
using System.Text.RegularExpressions;

namespace CmekAnalyzers.Domain;

/// <summary>
/// Speech and Cloud KMS location names: how they compare and which endpoint serves them.
/// Speech calls the European multi-region <c>eu</c>; Cloud KMS calls the same place <c>europe</c>.
/// </summary>
internal static class SpeechLocation
{
    public const string Global = "global";

    // Multi-regions (us, eu, europe, asia...) and regions (europe-west4, us-central1, northamerica-northeast1).
    private static readonly Regex s_shape = new("^[a-z]+(-[a-z]+[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>The form used for comparison and endpoints: lower case, <c>europe</c> as <c>eu</c>.</summary>
    public static string Canonical(string location)
    {
        var lower = location.ToLowerInvariant();
        return lower == "europe" ? "eu" : lower;
    }

    public static bool Same(string a, string b) => string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    public static bool IsGlobal(string location) => Canonical(location) == Global;

    /// <summary>True for text that can be a location segment (used when reading endpoint hosts).</summary>
    public static bool LooksLikeLocation(string text) => s_shape.IsMatch(text);

    /// <summary>The endpoint that serves <paramref name="location"/>, as the service documents it.</summary>
    public static string EndpointFor(string location)
        => IsGlobal(location) ? SpeechEndpoint.GlobalHost : Canonical(location) + "-speech.googleapis.com";
}
