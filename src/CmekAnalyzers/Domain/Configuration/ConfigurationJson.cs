using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CmekAnalyzers.Domain.Configuration;

/// <summary>One key of a JSON configuration file: its value as the configuration provider gives it, and where it is written.</summary>
internal sealed class JsonSetting
{
    public JsonSetting(string key, string? value, int start, int length)
    {
        Key = key;
        Value = value;
        Start = start;
        Length = length;
    }

    /// <summary>The key as the file spells it: <c>Speech:KmsKeyName</c>, <c>Hosts:0</c>.</summary>
    public string Key { get; }

    /// <summary>The text the provider stores; null for an empty object or array.</summary>
    public string? Value { get; }

    /// <summary>Where the value (or the empty container) starts in the file text.</summary>
    public int Start { get; }

    public int Length { get; }
}

/// <summary>
/// Reads a JSON configuration file into the key/value pairs Microsoft.Extensions.Configuration.Json makes of it,
/// without a dependency (the analyzer ships none): keys joined with ':' and compared ignoring case, array items as
/// index keys, <c>//</c> and <c>/* */</c> comments (not between a name and its colon), trailing commas, string escapes, numbers as written,
/// <c>true</c>/<c>false</c> as "True"/"False", <c>null</c> as "", an empty object or array as a null value, at most
/// 64 levels, and a repeated key with a value is an error. Anything the provider rejects gives null: the whole
/// file is ignored, never guessed in part.
/// </summary>
internal sealed class ConfigurationJson
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly Dictionary<string, JsonSetting> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _paths = new();
    private int _position;

    private ConfigurationJson(string text) => _text = text;

    /// <summary>The file's settings by key (case-insensitive), or null when the provider would reject the file.</summary>
    public static Dictionary<string, JsonSetting>? Read(string text)
    {
        var reader = new ConfigurationJson(text);
        return reader.ReadDocument() ? reader._settings : null;
    }

    private bool ReadDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        if (!SkipTrivia() || Current != '{' || !ReadObject(1) || !SkipTrivia())
        {
            return false;
        }

        return _position == _text.Length;
    }

    private char Current => _position < _text.Length ? _text[_position] : '\0';

    private bool AtEnd => _position >= _text.Length;

    private bool ReadValue(int depth)
    {
        var start = _position;
        switch (Current)
        {
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                var text = ReadString();
                return text is not null && SetLeaf(text, start);
            case 't':
                return ReadWord("true") && SetLeaf(bool.TrueString, start);
            case 'f':
                return ReadWord("false") && SetLeaf(bool.FalseString, start);
            case 'n':
                return ReadWord("null") && SetLeaf(string.Empty, start);
            default:
                return ReadNumber() && SetLeaf(_text.Substring(start, _position - start), start);
        }
    }

    private bool ReadObject(int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        var start = _position++;
        if (!SkipTrivia())
        {
            return false;
        }

        if (Current == '}')
        {
            _position++;
            SetEmpty(start);
            return true;
        }

        while (true)
        {
            // System.Text.Json takes whitespace, but no comment, between a property name and its colon.
            if (Current != '"' || ReadString() is not { } name || !SkipTrivia(comments: false) || Current != ':')
            {
                return false;
            }

            _position++;
            if (!SkipTrivia())
            {
                return false;
            }

            _paths.Add(_paths.Count == 0 ? name : _paths[_paths.Count - 1] + ":" + name);
            var read = ReadValue(depth);
            _paths.RemoveAt(_paths.Count - 1);
            if (!read || !SkipTrivia())
            {
                return false;
            }

            if (Current == '}')
            {
                _position++;
                return true;
            }

            if (Current != ',')
            {
                return false;
            }

            _position++;
            if (!SkipTrivia())
            {
                return false;
            }

            if (Current == '}')
            {
                _position++; // trailing comma
                return true;
            }
        }
    }

    private bool ReadArray(int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        var start = _position++;
        if (!SkipTrivia())
        {
            return false;
        }

        if (Current == ']')
        {
            _position++;
            SetEmpty(start);
            return true;
        }

        for (var index = 0; ; index++)
        {
            var parent = _paths[_paths.Count - 1];
            _paths.Add(parent + ":" + index.ToString(CultureInfo.InvariantCulture));
            var read = ReadValue(depth);
            _paths.RemoveAt(_paths.Count - 1);
            if (!read || !SkipTrivia())
            {
                return false;
            }

            if (Current == ']')
            {
                _position++;
                return true;
            }

            if (Current != ',')
            {
                return false;
            }

            _position++;
            if (!SkipTrivia())
            {
                return false;
            }

            if (Current == ']')
            {
                _position++; // trailing comma
                return true;
            }
        }
    }

    /// <summary>A value: a repeated key is an error, as in the provider.</summary>
    private bool SetLeaf(string value, int start)
    {
        var key = _paths[_paths.Count - 1];
        if (_settings.ContainsKey(key))
        {
            return false;
        }

        _settings[key] = new JsonSetting(key, value, start, _position - start);
        return true;
    }

    /// <summary>An empty object or array below the root: the provider stores the key with a null value (overwriting).</summary>
    private void SetEmpty(int start)
    {
        if (_paths.Count > 0)
        {
            var key = _paths[_paths.Count - 1];
            _settings[key] = new JsonSetting(key, null, start, _position - start);
        }
    }

    private bool ReadWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            return false;
        }

        _position += word.Length;
        return true;
    }

    /// <summary>JSON number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
    private bool ReadNumber()
    {
        if (Current == '-')
        {
            _position++;
        }

        if (Current == '0')
        {
            _position++;
        }
        else if (!ReadDigits())
        {
            return false;
        }

        if (Current == '.')
        {
            _position++;
            if (!ReadDigits())
            {
                return false;
            }
        }

        if (Current is 'e' or 'E')
        {
            _position++;
            if (Current is '+' or '-')
            {
                _position++;
            }

            if (!ReadDigits())
            {
                return false;
            }
        }

        return true;
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (Current is >= '0' and <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    /// <summary>A string at the opening quote, unescaped; null when malformed.</summary>
    private string? ReadString()
    {
        var start = ++_position;
        StringBuilder? builder = null;
        var runStart = start;
        while (!AtEnd)
        {
            var c = _text[_position];
            if (c == '"')
            {
                var run = _text.Substring(runStart, _position - runStart);
                _position++;
                return builder is null ? run : builder.Append(run).ToString();
            }

            if (c < ' ' || char.IsLowSurrogate(c))
            {
                return null; // raw control character, or a low surrogate without its high half
            }

            if (char.IsHighSurrogate(c))
            {
                if (_position + 1 >= _text.Length || !char.IsLowSurrogate(_text[_position + 1]))
                {
                    return null;
                }

                _position += 2;
                continue;
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            _position++;
            if (!ReadEscape(builder))
            {
                return null;
            }

            runStart = _position;
        }

        return null;
    }

    private bool ReadEscape(StringBuilder builder)
    {
        var c = Current;
        _position++;
        switch (c)
        {
            case '"': builder.Append('"'); return true;
            case '\\': builder.Append('\\'); return true;
            case '/': builder.Append('/'); return true;
            case 'b': builder.Append('\b'); return true;
            case 'f': builder.Append('\f'); return true;
            case 'n': builder.Append('\n'); return true;
            case 'r': builder.Append('\r'); return true;
            case 't': builder.Append('\t'); return true;
            case 'u':
                if (ReadHex() is not { } unit)
                {
                    return false;
                }

                if (char.IsLowSurrogate(unit))
                {
                    return false;
                }

                if (char.IsHighSurrogate(unit))
                {
                    // The provider cannot turn a lone surrogate into a string: it must be followed by \uDC00-\uDFFF.
                    if (Current != '\\' || _position + 1 >= _text.Length || _text[_position + 1] != 'u')
                    {
                        return false;
                    }

                    _position += 2;
                    if (ReadHex() is not { } low || !char.IsLowSurrogate(low))
                    {
                        return false;
                    }

                    builder.Append(unit).Append(low);
                    return true;
                }

                builder.Append(unit);
                return true;
            default:
                return false;
        }
    }

    private char? ReadHex()
    {
        if (_position + 4 > _text.Length)
        {
            return null;
        }

        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = _text[_position + i];
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return null;
            }

            value = (value * 16) + digit;
        }

        _position += 4;
        return (char)value;
    }

    /// <summary>Skips JSON whitespace and comments; false on an unterminated or bad comment (or any comment when not allowed).</summary>
    private bool SkipTrivia(bool comments = true)
    {
        while (!AtEnd)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
                continue;
            }

            if (c != '/')
            {
                return true;
            }

            if (!comments)
            {
                return false;
            }

            var next = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
            if (next == '/')
            {
                _position += 2;
                while (!AtEnd && _text[_position] is not ('\n' or '\r'))
                {
                    if (_text[_position] is '\u2028' or '\u2029')
                    {
                        return false; // System.Text.Json rejects these line separators inside a // comment
                    }

                    _position++;
                }
            }
            else if (next == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                _position = end + 2;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
