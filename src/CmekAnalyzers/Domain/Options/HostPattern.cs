using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace CmekAnalyzers.Domain.Options;

/// <summary>
/// A host pattern of <c>cmek_analyzers.endpoint_locations</c>: a host name in which <c>*</c> stands for one or more
/// characters inside one label (<c>speech-*.p.googleapis.com</c>), at most once per label. Hosts are compared in lower case.
/// </summary>
internal sealed class HostPattern
{
    private readonly Regex _regex;

    private HostPattern(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    public string Text { get; }

    public bool Matches(string host) => _regex.IsMatch(host);

    /// <summary>The pattern, or null with <paramref name="problem"/> saying what is wrong with it.</summary>
    public static HostPattern? TryParse(string text, out string? problem)
    {
        problem = Check(text);
        if (problem is not null)
        {
            return null;
        }

        var regex = new StringBuilder("^");
        var labels = text.Split('.');
        for (var i = 0; i < labels.Length; i++)
        {
            if (i > 0)
            {
                regex.Append("\\.");
            }

            // A wildcard never crosses a dot: it stands for part of one label.
            regex.Append(Regex.Escape(labels[i]).Replace("\\*", "[a-z0-9-]+"));
        }

        regex.Append('$');
        return new HostPattern(text, new Regex(regex.ToString(), RegexOptions.CultureInvariant));
    }

    private static string? Check(string host)
    {
        if (host.Length == 0)
        {
            return "the host is empty";
        }

        if (host.IndexOf("://", System.StringComparison.Ordinal) >= 0 || host.IndexOf('/') >= 0 || host.IndexOf(':') >= 0)
        {
            return "a pattern is a bare host, without scheme, path or port";
        }

        foreach (var c in host)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c is '-' or '.' or '*'))
            {
                return "a host cannot contain '" + c + "'";
            }
        }

        var labels = host.Split('.');
        var written = new List<string>();
        foreach (var label in labels)
        {
            if (label.Length == 0)
            {
                return "the host has an empty label (two dots, or a dot at either end)";
            }

            if (label.IndexOf("**", System.StringComparison.Ordinal) >= 0)
            {
                return "'**' is not a wildcard; '*' stands for one or more characters inside one label";
            }

            // One wildcard per label keeps matching linear (several could backtrack) and covers the real host shapes.
            if (label.IndexOf('*') != label.LastIndexOf('*'))
            {
                return "a label can hold only one '*'";
            }

            if (label != "*")
            {
                written.Add(label);
            }
        }

        if (labels[labels.Length - 1].IndexOf('*') >= 0)
        {
            return "the last label (the top-level domain) cannot hold a wildcard";
        }

        if (labels.Length > 1 && written.Count == 1)
        {
            return "the pattern matches every host of a top-level domain; write at least one more label";
        }

        return null;
    }
}
