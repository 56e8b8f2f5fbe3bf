// API-surface shim of Google.Api.Gax.Grpc.RetrySettings (Gax 4.x): an immutable value holder.

using Grpc.Core;
using System;
using System.Linq;

namespace Google.Api.Gax.Grpc
{
    /// <summary>Settings for retrying RPCs.</summary>
    public sealed class RetrySettings
    {
        /// <summary>The maximum number of attempts to make. Always greater than or equal to 1.</summary>
        public int MaxAttempts { get; }

        /// <summary>The backoff time between the first attempt and the first retry.</summary>
        public TimeSpan InitialBackoff { get; }

        /// <summary>The maximum backoff time between retries.</summary>
        public TimeSpan MaxBackoff { get; }

        /// <summary>The multiplier to apply to the backoff on each iteration.</summary>
        public double BackoffMultiplier { get; }

        /// <summary>A predicate to determine whether or not a particular exception should cause the operation to be retried.</summary>
        public Predicate<Exception> RetryFilter { get; }

        /// <summary>The delay jitter to apply for delays.</summary>
        public IJitter BackoffJitter { get; }

        private RetrySettings(int maxAttempts, TimeSpan initialBackoff, TimeSpan maxBackoff, double backoffMultiplier,
            Predicate<Exception> retryFilter, IJitter backoffJitter)
        {
            MaxAttempts = GaxPreconditions.CheckArgumentRange(maxAttempts, nameof(maxAttempts), 1, int.MaxValue);
            InitialBackoff = initialBackoff;
            MaxBackoff = maxBackoff;
            BackoffMultiplier = backoffMultiplier;
            RetryFilter = GaxPreconditions.CheckNotNull(retryFilter, nameof(retryFilter));
            BackoffJitter = backoffJitter ?? RandomJitter;
        }

        /// <summary>Returns a <see cref="RetrySettings"/> for use with exponential backoff.</summary>
        public static RetrySettings FromExponentialBackoff(int maxAttempts, TimeSpan initialBackoff, TimeSpan maxBackoff,
            double backoffMultiplier, Predicate<Exception> retryFilter, IJitter backoffJitter = null) =>
            new RetrySettings(maxAttempts, initialBackoff, maxBackoff, backoffMultiplier, retryFilter, backoffJitter);

        /// <summary>Returns a <see cref="RetrySettings"/> for use with a constant backoff.</summary>
        public static RetrySettings FromConstantBackoff(int maxAttempts, TimeSpan backoff, Predicate<Exception> retryFilter,
            IJitter backoffJitter = null) =>
            new RetrySettings(maxAttempts, backoff, backoff, 1.0, retryFilter, backoffJitter);

        /// <summary>Creates a retry filter based on status codes.</summary>
        public static Predicate<Exception> FilterForStatusCodes(params StatusCode[] statusCodes)
        {
            GaxPreconditions.CheckNotNull(statusCodes, nameof(statusCodes));
            var codes = statusCodes.ToArray();
            return ex => ex is RpcException rpc && codes.Contains(rpc.Status.StatusCode);
        }

        /// <summary>A jitter which uses a uniform distribution between 0 and the maximum delay.</summary>
        public static IJitter RandomJitter { get; } = new Jitter(max => TimeSpan.FromTicks((long) (new Random().NextDouble() * max.Ticks)));

        /// <summary>A jitter which simply returns the specified maximum delay.</summary>
        public static IJitter NoJitter { get; } = new Jitter(max => max);

        /// <summary>Provides a mechanism for applying jitter to delays between retries.</summary>
        public interface IJitter
        {
            /// <summary>Returns the actual delay to use given a maximum available delay.</summary>
            TimeSpan GetDelay(TimeSpan maxDelay);
        }

        private sealed class Jitter : IJitter
        {
            private readonly Func<TimeSpan, TimeSpan> _func;
            internal Jitter(Func<TimeSpan, TimeSpan> func) => _func = func;
            public TimeSpan GetDelay(TimeSpan maxDelay) => _func(maxDelay);
        }
    }
}
