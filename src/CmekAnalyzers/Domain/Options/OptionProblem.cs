namespace CmekAnalyzers.Domain.Options;

/// <summary>An option entry that cannot be used: which key, the text as written, and why it is ignored.</summary>
internal sealed class OptionProblem
{
    public OptionProblem(string key, string value, string reason)
    {
        Key = key;
        Value = value;
        Reason = reason;
    }

    public string Key { get; }

    public string Value { get; }

    public string Reason { get; }
}
