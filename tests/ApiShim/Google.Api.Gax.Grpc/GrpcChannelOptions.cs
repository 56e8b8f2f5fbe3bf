// API-surface shim of Google.Api.Gax.Grpc.GrpcChannelOptions (Gax 4.x): an immutable value holder.

using System;
using System.Collections.Generic;
using System.Linq;

namespace Google.Api.Gax.Grpc
{
    /// <summary>Portable abstraction of channel options.</summary>
    public sealed class GrpcChannelOptions : IEquatable<GrpcChannelOptions>
    {
        /// <summary>An empty set of channel options.</summary>
        public static GrpcChannelOptions Empty { get; } = new GrpcChannelOptions(null, null, null, null, null, null, new CustomOption[0]);

        private GrpcChannelOptions(bool? enableServiceConfigResolution, TimeSpan? keepAliveTime, TimeSpan? keepAliveTimeout,
            string primaryUserAgent, int? maxSendMessageSize, int? maxReceiveMessageSize, IReadOnlyList<CustomOption> customOptions)
        {
            EnableServiceConfigResolution = enableServiceConfigResolution;
            KeepAliveTime = keepAliveTime;
            KeepAliveTimeout = keepAliveTimeout;
            PrimaryUserAgent = primaryUserAgent;
            MaxSendMessageSize = maxSendMessageSize;
            MaxReceiveMessageSize = maxReceiveMessageSize;
            CustomOptions = customOptions;
        }

        /// <summary>If non-null, explicitly enables or disables service configuration resolution.</summary>
        public bool? EnableServiceConfigResolution { get; }

        /// <summary>If non-null, explicitly specifies the keep-alive period for the channel.</summary>
        public TimeSpan? KeepAliveTime { get; }

        /// <summary>If non-null, explicitly specifies the keep-alive timeout for the channel.</summary>
        public TimeSpan? KeepAliveTimeout { get; }

        /// <summary>If non-null, explicitly specifies the primary user agent for the channel.</summary>
        public string PrimaryUserAgent { get; }

        /// <summary>If non-null, explicitly specifies the maximum size in bytes that can be sent from the client.</summary>
        public int? MaxSendMessageSize { get; }

        /// <summary>If non-null, explicitly specifies the maximum size in bytes that can be received by the client.</summary>
        public int? MaxReceiveMessageSize { get; }

        /// <summary>Immutable list of custom options. This is never null, but may be empty.</summary>
        public IReadOnlyList<CustomOption> CustomOptions { get; }

        private GrpcChannelOptions With(bool? enableServiceConfigResolution = null, TimeSpan? keepAliveTime = null,
            TimeSpan? keepAliveTimeout = null, string primaryUserAgent = null, int? maxSendMessageSize = null,
            int? maxReceiveMessageSize = null, IReadOnlyList<CustomOption> customOptions = null) =>
            new GrpcChannelOptions(
                enableServiceConfigResolution ?? EnableServiceConfigResolution,
                keepAliveTime ?? KeepAliveTime,
                keepAliveTimeout ?? KeepAliveTimeout,
                primaryUserAgent ?? PrimaryUserAgent,
                maxSendMessageSize ?? MaxSendMessageSize,
                maxReceiveMessageSize ?? MaxReceiveMessageSize,
                customOptions ?? CustomOptions);

        /// <summary>Returns a new instance with the same options as this one, but with service config resolution set as specified.</summary>
        public GrpcChannelOptions WithEnableServiceConfigResolution(bool enableServiceConfigResolution) =>
            With(enableServiceConfigResolution: enableServiceConfigResolution);

        /// <summary>Returns a new instance with the same options as this one, but with the keep-alive time set as specified.</summary>
        public GrpcChannelOptions WithKeepAliveTime(TimeSpan keepAliveTime) => With(keepAliveTime: keepAliveTime);

        /// <summary>Returns a new instance with the same options as this one, but with the keep-alive timeout set as specified.</summary>
        public GrpcChannelOptions WithKeepAliveTimeout(TimeSpan keepAliveTimeout) => With(keepAliveTimeout: keepAliveTimeout);

        /// <summary>Returns a new instance with the same options as this one, but with the primary user agent set as specified.</summary>
        public GrpcChannelOptions WithPrimaryUserAgent(string primaryUserAgent) =>
            With(primaryUserAgent: GaxPreconditions.CheckNotNull(primaryUserAgent, nameof(primaryUserAgent)));

        /// <summary>Returns a new instance with the same options as this one, but with the maximum send message size set as specified.</summary>
        public GrpcChannelOptions WithMaxSendMessageSize(int maxSendMessageSize) => With(maxSendMessageSize: maxSendMessageSize);

        /// <summary>Returns a new instance with the same options as this one, but with the maximum receive message size set as specified.</summary>
        public GrpcChannelOptions WithMaxReceiveMessageSize(int maxReceiveMessageSize) => With(maxReceiveMessageSize: maxReceiveMessageSize);

        /// <summary>Returns a new instance with the same options as this one, but with an additional integer-valued option.</summary>
        public GrpcChannelOptions WithCustomOption(string name, int value) =>
            With(customOptions: CustomOptions.Concat(new[] { new CustomOption(name, value) }).ToList().AsReadOnly());

        /// <summary>Returns a new instance with the same options as this one, but with an additional string-valued option.</summary>
        public GrpcChannelOptions WithCustomOption(string name, string value) =>
            With(customOptions: CustomOptions.Concat(new[] { new CustomOption(name, value) }).ToList().AsReadOnly());

        /// <summary>Returns a new object, with options from this object merged with <paramref name="overlaid"/>.</summary>
        public GrpcChannelOptions MergedWith(GrpcChannelOptions overlaid)
        {
            GaxPreconditions.CheckNotNull(overlaid, nameof(overlaid));
            return new GrpcChannelOptions(
                overlaid.EnableServiceConfigResolution ?? EnableServiceConfigResolution,
                overlaid.KeepAliveTime ?? KeepAliveTime,
                overlaid.KeepAliveTimeout ?? KeepAliveTimeout,
                overlaid.PrimaryUserAgent ?? PrimaryUserAgent,
                overlaid.MaxSendMessageSize ?? MaxSendMessageSize,
                overlaid.MaxReceiveMessageSize ?? MaxReceiveMessageSize,
                CustomOptions.Concat(overlaid.CustomOptions).ToList().AsReadOnly());
        }

        /// <inheritdoc />
        public override bool Equals(object obj) => Equals(obj as GrpcChannelOptions);

        /// <inheritdoc />
        public bool Equals(GrpcChannelOptions other) =>
            other != null &&
            EnableServiceConfigResolution == other.EnableServiceConfigResolution &&
            KeepAliveTime == other.KeepAliveTime &&
            KeepAliveTimeout == other.KeepAliveTimeout &&
            PrimaryUserAgent == other.PrimaryUserAgent &&
            MaxSendMessageSize == other.MaxSendMessageSize &&
            MaxReceiveMessageSize == other.MaxReceiveMessageSize &&
            CustomOptions.SequenceEqual(other.CustomOptions);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = 17;
                hash = hash * 31 + EnableServiceConfigResolution.GetHashCode();
                hash = hash * 31 + KeepAliveTime.GetHashCode();
                hash = hash * 31 + KeepAliveTimeout.GetHashCode();
                hash = hash * 31 + (PrimaryUserAgent?.GetHashCode() ?? 0);
                hash = hash * 31 + MaxSendMessageSize.GetHashCode();
                hash = hash * 31 + MaxReceiveMessageSize.GetHashCode();
                foreach (var option in CustomOptions)
                {
                    hash = hash * 31 + option.GetHashCode();
                }
                return hash;
            }
        }

        /// <summary>A custom option, with a name and a value of either a 32-bit integer or a string.</summary>
        public sealed class CustomOption : IEquatable<CustomOption>
        {
            /// <summary>Possible types of value within a custom option.</summary>
            public enum OptionType
            {
                /// <summary>Channel option with an integer value.</summary>
                Integer,
                /// <summary>Channel option with a string value.</summary>
                String
            }

            /// <summary>Name of the option. Never null.</summary>
            public string Name { get; }

            /// <summary>Value of the option, for string options. This is never null for string options, and always null for other options.</summary>
            public string StringValue { get; }

            /// <summary>Value of the option, for integer options, or 0 for other options.</summary>
            public int IntegerValue { get; }

            /// <summary>The type of the custom option.</summary>
            public OptionType Type { get; }

            /// <summary>Creates a custom integer option.</summary>
            public CustomOption(string name, int value)
            {
                Name = GaxPreconditions.CheckNotNull(name, nameof(name));
                IntegerValue = value;
                Type = OptionType.Integer;
            }

            /// <summary>Creates a custom string option.</summary>
            public CustomOption(string name, string value)
            {
                Name = GaxPreconditions.CheckNotNull(name, nameof(name));
                StringValue = GaxPreconditions.CheckNotNull(value, nameof(value));
                Type = OptionType.String;
            }

            /// <inheritdoc />
            public override bool Equals(object obj) => Equals(obj as CustomOption);

            /// <inheritdoc />
            public bool Equals(CustomOption other) =>
                other != null && Name == other.Name && Type == other.Type &&
                StringValue == other.StringValue && IntegerValue == other.IntegerValue;

            /// <inheritdoc />
            public override int GetHashCode() => (Name, Type, StringValue, IntegerValue).GetHashCode();
        }
    }
}
