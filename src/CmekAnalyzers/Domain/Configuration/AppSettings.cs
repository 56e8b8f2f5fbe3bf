using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CmekAnalyzers.Domain.Configuration;

/// <summary>Where a configuration value is written: "appsettings.json (Speech:KmsKeyName)", and its place in that file.</summary>
internal sealed class SettingOrigin
{
    private readonly string _path;
    private readonly SourceText _text;
    private readonly TextSpan _span;

    public SettingOrigin(string path, SourceText text, JsonSetting setting)
    {
        _path = path;
        _text = text;
        _span = new TextSpan(setting.Start, setting.Length);
        FileName = Path.GetFileName(path);
        Key = setting.Key;
    }

    public string FileName { get; }

    /// <summary>The key as the file spells it.</summary>
    public string Key { get; }

    /// <summary>A location in the JSON file (outside the compilation: only ever an additional location of a diagnostic).</summary>
    public Location Location => Location.Create(_path, _span, _text.Lines.GetLinePositionSpan(_span));

    public string Describe() => FileName + " (" + Key + ")";
}

/// <summary>
/// The values of the project's <c>appsettings*.json</c> additional files, read once on first need. Which file wins is
/// decided at run time by the environment, so a key is known only when every file that sets it gives the same value;
/// a key set in one file only is known. A file the configuration provider would reject is ignored.
/// </summary>
internal sealed class AppSettings
{
    private readonly Dictionary<string, Entry> _entries;

    private AppSettings(Dictionary<string, Entry> entries) => _entries = entries;

    /// <summary><c>appsettings.json</c>, <c>appsettings.Production.json</c>...: the files ASP.NET Core and the generic host load.</summary>
    public static bool IsAppSettingsFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    public static bool AnyIn(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (IsAppSettingsFile(file.Path))
            {
                return true;
            }
        }

        return false;
    }

    public static AppSettings Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = new List<AdditionalText>();
        foreach (var file in options.AdditionalFiles)
        {
            if (IsAppSettingsFile(file.Path))
            {
                files.Add(file);
            }
        }

        // appsettings.json first, so that a value all files agree on is shown as coming from the base file.
        files.Sort((a, b) => Path.GetFileName(a.Path).Length != Path.GetFileName(b.Path).Length
            ? Path.GetFileName(a.Path).Length.CompareTo(Path.GetFileName(b.Path).Length)
            : string.CompareOrdinal(a.Path, b.Path));

        var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (TextOf(file, cancellationToken) is not { } text || ConfigurationJson.Read(text.ToString()) is not { } settings)
            {
                continue;
            }

            foreach (var setting in settings.Values)
            {
                if (!entries.TryGetValue(setting.Key, out var known))
                {
                    entries[setting.Key] = new Entry(setting.Value, new SettingOrigin(file.Path, text, setting));
                }
                else if (!string.Equals(known.Value, setting.Value, StringComparison.Ordinal))
                {
                    entries[setting.Key] = Entry.Conflict;
                }
            }
        }

        return new AppSettings(entries);
    }

    /// <summary>The file's text; null when it cannot be read (the compiler reports that itself).</summary>
    private static SourceText? TextOf(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            return file.GetText(cancellationToken);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The value of <paramref name="key"/> (case-insensitive) when the files give exactly one.</summary>
    public bool TryGet(string key, out string value, out SettingOrigin origin)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Value is not null && entry.Origin is not null)
        {
            value = entry.Value;
            origin = entry.Origin;
            return true;
        }

        value = string.Empty;
        origin = null!;
        return false;
    }

    private sealed class Entry
    {
        public static readonly Entry Conflict = new(null, null);

        public Entry(string? value, SettingOrigin? origin)
        {
            Value = value;
            Origin = origin;
        }

        /// <summary>Null for an empty section, or when the files disagree.</summary>
        public string? Value { get; }

        public SettingOrigin? Origin { get; }
    }
}
