// API-surface shim of Google.Api.Gax.Grpc.CallSettings and its extension methods (Gax 4.x).
// CallSettings is an immutable value holder, so it is implemented for real.

using Grpc.Core;
using System;
using System.Threading;

namespace Google.Api.Gax.Grpc
{
    /// <summary>
    /// Settings to determine how an RPC operates. This type is immutable.
    /// </summary>
    public sealed class CallSettings
    {
        /// <summary>Constructs an instance with the specified settings.</summary>
        public CallSettings(
            CancellationToken? cancellationToken,
            Expiration expiration,
            RetrySettings retry,
            Action<Metadata> headerMutation,
            WriteOptions writeOptions,
            ContextPropagationToken propagationToken)
            : this(cancellationToken, expiration, retry, headerMutation, writeOptions, propagationToken, null, null)
        {
        }

        /// <summary>Constructs an instance with the specified settings.</summary>
        public CallSettings(
            CancellationToken? cancellationToken,
            Expiration expiration,
            RetrySettings retry,
            Action<Metadata> headerMutation,
            WriteOptions writeOptions,
            ContextPropagationToken propagationToken,
            Action<Metadata> responseMetadataHandler,
            Action<Metadata> trailingMetadataHandler)
        {
            CancellationToken = cancellationToken;
            Expiration = expiration;
            Retry = retry;
            HeaderMutation = headerMutation;
            WriteOptions = writeOptions;
            PropagationToken = propagationToken;
            ResponseMetadataHandler = responseMetadataHandler;
            TrailingMetadataHandler = trailingMetadataHandler;
        }

        /// <summary>Delegate to mutate the metadata which will be sent at the start of the call.</summary>
        public Action<Metadata> HeaderMutation { get; }

        /// <summary>Cancellation token that can be used for cancelling the call.</summary>
        public CancellationToken? CancellationToken { get; }

        /// <summary><see cref="Grpc.Core.WriteOptions"/> that will be used for the call.</summary>
        public WriteOptions WriteOptions { get; }

        /// <summary><see cref="ContextPropagationToken"/> for propagating settings from a parent call.</summary>
        public ContextPropagationToken PropagationToken { get; }

        /// <summary>The expiration for the call (either a timeout or a deadline), or null for the default expiration.</summary>
        public Expiration Expiration { get; }

        /// <summary>The retry settings to apply to the call, or null for no retry.</summary>
        public RetrySettings Retry { get; }

        /// <summary>Delegate to receive the metadata associated with a response.</summary>
        public Action<Metadata> ResponseMetadataHandler { get; }

        /// <summary>Delegate to receive the metadata sent after the response.</summary>
        public Action<Metadata> TrailingMetadataHandler { get; }

        internal static CallSettings Merge(CallSettings original, CallSettings overlaid)
        {
            if (original == null)
            {
                return overlaid;
            }
            if (overlaid == null)
            {
                return original;
            }
            return new CallSettings(
                overlaid.CancellationToken ?? original.CancellationToken,
                overlaid.Expiration ?? original.Expiration,
                overlaid.Retry ?? original.Retry,
                original.HeaderMutation + overlaid.HeaderMutation,
                overlaid.WriteOptions ?? original.WriteOptions,
                overlaid.PropagationToken ?? original.PropagationToken,
                original.ResponseMetadataHandler + overlaid.ResponseMetadataHandler,
                original.TrailingMetadataHandler + overlaid.TrailingMetadataHandler);
        }

        /// <summary>Creates a <see cref="CallSettings"/> for the specified cancellation token.</summary>
        public static CallSettings FromCancellationToken(CancellationToken cancellationToken) =>
            new CallSettings(cancellationToken, null, null, null, null, null);

        /// <summary>Creates a <see cref="CallSettings"/> for the specified call expiration, or null if it is null.</summary>
        public static CallSettings FromExpiration(Expiration expiration) =>
            expiration == null ? null : new CallSettings(null, expiration, null, null, null, null);

        /// <summary>Creates a <see cref="CallSettings"/> for the specified retry settings, or null if they are null.</summary>
        public static CallSettings FromRetry(RetrySettings retry) =>
            retry == null ? null : new CallSettings(null, null, retry, null, null, null);

        /// <summary>Creates a <see cref="CallSettings"/> for the specified header mutation, or null if it is null.</summary>
        public static CallSettings FromHeaderMutation(Action<Metadata> headerMutation) =>
            headerMutation == null ? null : new CallSettings(null, null, null, headerMutation, null, null);

        /// <summary>Creates a <see cref="CallSettings"/> for the specified response metadata handler, or null.</summary>
        public static CallSettings FromResponseMetadataHandler(Action<Metadata> responseMetadataHandler) =>
            responseMetadataHandler == null ? null : new CallSettings(null, null, null, null, null, null, responseMetadataHandler, null);

        /// <summary>Creates a <see cref="CallSettings"/> for the specified trailing metadata handler, or null.</summary>
        public static CallSettings FromTrailingMetadataHandler(Action<Metadata> trailingMetadataHandler) =>
            trailingMetadataHandler == null ? null : new CallSettings(null, null, null, null, null, null, null, trailingMetadataHandler);

        /// <summary>Creates a <see cref="CallSettings"/> for the specified header name and value.</summary>
        public static CallSettings FromHeader(string name, string value)
        {
            GaxPreconditions.CheckNotNull(name, nameof(name));
            GaxPreconditions.CheckNotNull(value, nameof(value));
            return FromHeaderMutation(metadata => metadata.Add(name, value));
        }

        /// <summary>Creates a <see cref="CallSettings"/> that will include a field mask in the request.</summary>
        public static CallSettings FromFieldMask(string fieldMask)
        {
            GaxPreconditions.CheckNotNull(fieldMask, nameof(fieldMask));
            return FromHeader("x-goog-fieldmask", fieldMask);
        }
    }

    /// <summary>Extension methods for <see cref="CallSettings"/>. All methods accept a null first parameter.</summary>
    public static class CallSettingsExtensions
    {
        /// <summary>Merges the given settings, with <paramref name="overlaid"/> taking priority.</summary>
        public static CallSettings MergedWith(this CallSettings original, CallSettings overlaid) =>
            CallSettings.Merge(original, overlaid);

        /// <summary>Returns a new object with the specified cancellation token replacing any existing one.</summary>
        public static CallSettings WithCancellationToken(this CallSettings settings, CancellationToken cancellationToken) =>
            settings == null ? CallSettings.FromCancellationToken(cancellationToken)
                : new CallSettings(cancellationToken, settings.Expiration, settings.Retry, settings.HeaderMutation,
                    settings.WriteOptions, settings.PropagationToken, settings.ResponseMetadataHandler, settings.TrailingMetadataHandler);

        /// <summary>Returns a new object with the specified expiration replacing any existing one.</summary>
        public static CallSettings WithExpiration(this CallSettings settings, Expiration expiration) =>
            settings == null ? CallSettings.FromExpiration(expiration)
                : new CallSettings(settings.CancellationToken, expiration, settings.Retry, settings.HeaderMutation,
                    settings.WriteOptions, settings.PropagationToken, settings.ResponseMetadataHandler, settings.TrailingMetadataHandler);

        /// <summary>Returns a new object with the specified retry settings replacing any existing ones.</summary>
        public static CallSettings WithRetry(this CallSettings settings, RetrySettings retry) =>
            settings == null ? CallSettings.FromRetry(retry)
                : new CallSettings(settings.CancellationToken, settings.Expiration, retry, settings.HeaderMutation,
                    settings.WriteOptions, settings.PropagationToken, settings.ResponseMetadataHandler, settings.TrailingMetadataHandler);

        /// <summary>Returns a new object with the specified timeout replacing any existing expiration.</summary>
        public static CallSettings WithTimeout(this CallSettings settings, TimeSpan? timeout) =>
            settings.WithExpiration(timeout == null ? null : Expiration.FromTimeout(timeout.Value));

        /// <summary>Returns a new object with the specified deadline replacing any existing expiration.</summary>
        public static CallSettings WithDeadline(this CallSettings settings, DateTime? deadline) =>
            settings.WithExpiration(deadline == null ? null : Expiration.FromDeadline(deadline.Value));

        /// <summary>Returns a new object with the given header added to any existing header mutations.</summary>
        public static CallSettings WithHeader(this CallSettings settings, string name, string value) =>
            settings.MergedWith(CallSettings.FromHeader(name, value));

        /// <summary>Returns a new object with the given response metadata handler added.</summary>
        public static CallSettings WithResponseMetadataHandler(this CallSettings settings, Action<Metadata> handler) =>
            settings.MergedWith(CallSettings.FromResponseMetadataHandler(handler));

        /// <summary>Returns a new object with the given trailing metadata handler added.</summary>
        public static CallSettings WithTrailingMetadataHandler(this CallSettings settings, Action<Metadata> handler) =>
            settings.MergedWith(CallSettings.FromTrailingMetadataHandler(handler));

        /// <summary>Returns a new object with an earlier deadline if <paramref name="deadline"/> is earlier than the current one.</summary>
        public static CallSettings WithEarlierDeadline(this CallSettings settings, DateTime? deadline, IClock clock)
        {
            if (deadline == null)
            {
                return settings;
            }
            GaxPreconditions.CheckNotNull(clock, nameof(clock));
            var expiration = settings?.Expiration;
            DateTime? existing = expiration?.Type == ExpirationType.Deadline ? expiration.Deadline
                : expiration?.Type == ExpirationType.Timeout ? clock.GetCurrentDateTimeUtc() + expiration.Timeout
                : null;
            return existing != null && existing < deadline ? settings : settings.WithDeadline(deadline);
        }
    }
}
