// API-surface shim of the streaming helpers of Google.Api.Gax.Grpc (Gax 4.x).

using ApiShim.Internal;
using Grpc.Core;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Google.Api.Gax.Grpc
{
    /// <summary>Base class for bidirectional streaming RPC methods.</summary>
    /// <typeparam name="TRequest">RPC request type</typeparam>
    /// <typeparam name="TResponse">RPC response type</typeparam>
    public abstract class BidirectionalStreamingBase<TRequest, TResponse>
    {
        /// <summary>The underlying gRPC duplex streaming call.</summary>
        public virtual AsyncDuplexStreamingCall<TRequest, TResponse> GrpcCall => throw Shim.NotImplemented();

        /// <summary>Writes a message to the stream, if there is enough space in the buffer.</summary>
        public virtual Task TryWriteAsync(TRequest message) => throw Shim.NotImplemented();

        /// <summary>Writes a message to the stream.</summary>
        public virtual Task WriteAsync(TRequest message) => throw Shim.NotImplemented();

        /// <summary>Writes a message to the stream with the given write options, if there is enough space in the buffer.</summary>
        public virtual Task TryWriteAsync(TRequest message, WriteOptions options) => throw Shim.NotImplemented();

        /// <summary>Writes a message to the stream with the given write options.</summary>
        public virtual Task WriteAsync(TRequest message, WriteOptions options) => throw Shim.NotImplemented();

        /// <summary>Completes the stream when all buffered messages have been sent, unless already completed.</summary>
        public virtual Task TryWriteCompleteAsync() => throw Shim.NotImplemented();

        /// <summary>Completes the stream when all buffered messages have been sent.</summary>
        public virtual Task WriteCompleteAsync() => throw Shim.NotImplemented();

        /// <summary>Async stream to read streaming responses, exposed as an async sequence.</summary>
        public virtual AsyncResponseStream<TResponse> GetResponseStream() => new AsyncResponseStream<TResponse>(GrpcCall.ResponseStream);
    }

    /// <summary>
    /// An adapter from the gRPC stream representation (<see cref="IAsyncStreamReader{T}"/>) to
    /// <see cref="IAsyncEnumerable{T}"/> and <see cref="IAsyncEnumerator{T}"/>.
    /// </summary>
    /// <typeparam name="TResponse">The response type.</typeparam>
    public sealed class AsyncResponseStream<TResponse> : IAsyncEnumerable<TResponse>, IAsyncEnumerator<TResponse>
    {
        private readonly IAsyncStreamReader<TResponse> _reader;
        private CancellationToken _cancellationToken;

        internal AsyncResponseStream(IAsyncStreamReader<TResponse> reader) => _reader = reader;

        /// <inheritdoc />
        public TResponse Current => _reader.Current;

        /// <inheritdoc />
        public ValueTask DisposeAsync() => default;

        /// <summary>Begins iterating over the response stream, using the specified cancellation token.</summary>
        public IAsyncEnumerator<TResponse> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            _cancellationToken = cancellationToken;
            return this;
        }

        /// <summary>Moves to the next item, using the specified cancellation token.</summary>
        public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken) =>
            await _reader.MoveNext(cancellationToken).ConfigureAwait(false);

        /// <summary>Moves to the next item, using the cancellation token configured by <see cref="GetAsyncEnumerator(CancellationToken)"/>.</summary>
        public ValueTask<bool> MoveNextAsync() => MoveNextAsync(_cancellationToken);
    }
}
