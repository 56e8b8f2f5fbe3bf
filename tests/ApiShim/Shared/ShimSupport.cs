// Internal helpers compiled into every shim assembly (see Directory.Build.props).
// Nothing here is part of the mirrored public API surface.

using System;
using System.Collections;
using System.Globalization;
using System.Text;

namespace ApiShim.Internal
{
    /// <summary>Creates the exception thrown by every member that would need the real library.</summary>
    internal static class Shim
    {
        internal const string Message =
            "API-surface shim: reference the real Google packages to run this code.";

        /// <summary>Returns (does not throw) the exception, so callers can write <c>throw Shim.NotImplemented();</c>.</summary>
        internal static NotImplementedException NotImplemented() => new NotImplementedException(Message);
    }

    /// <summary>A small, descriptor-free stand-in for protobuf's diagnostic JSON formatting.</summary>
    internal static class ShimText
    {
        internal static string Format(params (string Name, object Value)[] fields)
        {
            var builder = new StringBuilder("{");
            bool first = true;
            foreach (var (name, value) in fields)
            {
                if (IsDefault(value))
                {
                    continue;
                }
                builder.Append(first ? " " : ", ");
                first = false;
                builder.Append('"').Append(name).Append("\": ");
                AppendValue(builder, value);
            }
            return builder.Append(first ? "}" : " }").ToString();
        }

        private static bool IsDefault(object value)
        {
            switch (value)
            {
                case null: return true;
                case string s: return s.Length == 0;
                case bool b: return !b;
                case int i: return i == 0;
                case long l: return l == 0;
                case float f: return f == 0;
                case double d: return d == 0;
                case Enum e: return Convert.ToInt64(e, CultureInfo.InvariantCulture) == 0;
                case Google.Protobuf.ByteString bytes: return bytes.IsEmpty;
                case ICollection collection: return collection.Count == 0;
                default: return false;
            }
        }

        private static void AppendValue(StringBuilder builder, object value)
        {
            switch (value)
            {
                case string s:
                    builder.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                    break;
                case bool b:
                    builder.Append(b ? "true" : "false");
                    break;
                case Enum e:
                    builder.Append('"').Append(e.ToString()).Append('"');
                    break;
                case Google.Protobuf.ByteString bytes:
                    builder.Append('"').Append(bytes.ToBase64()).Append('"');
                    break;
                case IFormattable formattable:
                    builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                    break;
                case IDictionary dictionary:
                    builder.Append('{');
                    bool firstEntry = true;
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        builder.Append(firstEntry ? " " : ", ");
                        firstEntry = false;
                        builder.Append('"').Append(entry.Key).Append("\": ");
                        AppendValue(builder, entry.Value);
                    }
                    builder.Append(firstEntry ? "}" : " }");
                    break;
                case IEnumerable sequence:
                    builder.Append('[');
                    bool firstItem = true;
                    foreach (var item in sequence)
                    {
                        builder.Append(firstItem ? " " : ", ");
                        firstItem = false;
                        AppendValue(builder, item);
                    }
                    builder.Append(firstItem ? "]" : " ]");
                    break;
                default:
                    builder.Append(value);
                    break;
            }
        }
    }
}
