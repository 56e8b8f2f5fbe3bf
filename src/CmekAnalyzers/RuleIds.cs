namespace CmekAnalyzers;

/// <summary>Every rule id of the package and its help link, in one place.</summary>
public static class RuleIds
{
    public const string KeyEndpointMismatch = "CMEK001";
    public const string RegionalKeyGlobalEndpoint = "CMEK002";
    public const string ReencryptionAssumed = "CMEK003";
    public const string MalformedKeyName = "CMEK004";
    public const string UpdateMaskOmitsKey = "CMEK005";
    public const string ResourceEndpointMismatch = "CMEK006";
    public const string MalformedEndpoint = "CMEK007";
    public const string InvalidOption = "CMEK008";

    public const string Category = "Usage";

    private const string DocsBase = "https://github.com/cmek-analyzers/cmek-analyzers/blob/main/docs/rules/";

    public static string HelpLink(string id) => DocsBase + id + ".md";
}
