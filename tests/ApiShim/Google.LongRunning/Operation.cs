// API-surface shim of Google.LongRunning.Operation<TResponse, TMetadata> (Google.LongRunning 3.x).
// State inspection follows the real semantics; anything that needs an RPC goes through
// OperationsClient, whose base implementation throws (a test double may override it).

using Google.Api.Gax;
using Google.Api.Gax.Grpc;
using Google.Protobuf;
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Google.LongRunning
{
    /// <summary>
    /// A long-running operation with an associated client, and which knows the expected response type.
    /// </summary>
    /// <typeparam name="TResponse">The response message type.</typeparam>
    /// <typeparam name="TMetadata">The metadata message type.</typeparam>
    public sealed class Operation<TResponse, TMetadata>
        where TResponse : IMessage<TResponse>, new()
        where TMetadata : class, IMessage<TMetadata>, new()
    {
        private static readonly PollSettings s_defaultPollSettings = new PollSettings(Expiration.None, TimeSpan.FromSeconds(10));

        /// <summary>The protobuf message associated with the long-running operation.</summary>
        public Operation RpcMessage { get; }

        /// <summary>The client to use when making RPCs.</summary>
        public OperationsClient Client { get; }

        /// <summary>Constructs a new instance from the given RPC message.</summary>
        /// <param name="rpcMessage">The RPC message describing the operation. Must not be null.</param>
        /// <param name="client">The client to use for further calls. Must not be null.</param>
        public Operation(Operation rpcMessage, OperationsClient client)
        {
            RpcMessage = GaxPreconditions.CheckNotNull(rpcMessage, nameof(rpcMessage));
            Client = GaxPreconditions.CheckNotNull(client, nameof(client));
        }

        /// <summary>The name of the operation, which can be used to poll for the latest results later.</summary>
        public string Name => RpcMessage.Name;

        /// <summary>Whether the operation has completed, where "complete" can include "failed".</summary>
        public bool IsCompleted => RpcMessage.Done;

        /// <summary>Whether the operation has completed with a failure.</summary>
        public bool IsFaulted => RpcMessage.ResultCase == Operation.ResultOneofCase.Error;

        /// <summary>The error associated with the operation, or <c>null</c> if the operation is not in an error state.</summary>
        public OperationFailedException Exception => RpcMessage.Error == null ? null : new OperationFailedException(RpcMessage);

        /// <summary>The metadata associated with this operation, or <c>null</c> if there is none.</summary>
        public TMetadata Metadata => RpcMessage.Metadata?.Unpack<TMetadata>();

        /// <summary>
        /// The result of the operation, throwing an exception if the operation failed or hasn't completed.
        /// Unlike <see cref="Task{T}.Result"/>, this does not block.
        /// </summary>
        /// <exception cref="OperationFailedException">The operation completed with an error.</exception>
        /// <exception cref="InvalidOperationException">The operation has not completed yet.</exception>
        public TResponse Result
        {
            get
            {
                switch (RpcMessage.ResultCase)
                {
                    case Operation.ResultOneofCase.Error:
                        throw Exception;
                    case Operation.ResultOneofCase.Response:
                        return RpcMessage.Response.Unpack<TResponse>();
                    default:
                        throw new InvalidOperationException("The operation has not completed yet.");
                }
            }
        }

        private void MaybeFireCallback(Action<TMetadata> metadataCallback)
        {
            if (metadataCallback != null && RpcMessage.Metadata != null)
            {
                metadataCallback(Metadata);
            }
        }

        /// <summary>Polls the operation until it is complete, returning the completed operation.</summary>
        /// <param name="pollSettings">The settings to use for repeated polling, or null for the default poll settings.</param>
        /// <param name="callSettings">The call settings to apply on each call, or null for default settings.</param>
        /// <param name="metadataCallback">The callback to invoke whenever a polled result contains metadata, or null.</param>
        /// <returns>The completed operation, which can then be checked for errors or a result.</returns>
        public Operation<TResponse, TMetadata> PollUntilCompleted(
            PollSettings pollSettings = null,
            CallSettings callSettings = null,
            Action<TMetadata> metadataCallback = null)
        {
            if (IsCompleted)
            {
                return this;
            }
            Func<DateTime?, Operation<TResponse, TMetadata>> pollAction = deadline =>
            {
                var result = PollOnce(callSettings.WithEarlierDeadline(deadline, Client.Clock));
                result.MaybeFireCallback(metadataCallback);
                return result;
            };
            return Polling.PollRepeatedly(pollAction, o => o.IsCompleted, Client.Clock, Client.Scheduler,
                pollSettings ?? Client.DefaultPollSettings ?? s_defaultPollSettings,
                callSettings?.CancellationToken ?? CancellationToken.None);
        }

        /// <summary>Asynchronously polls the operation until it is complete, returning the completed operation.</summary>
        /// <param name="pollSettings">The settings to use for repeated polling, or null for the default poll settings.</param>
        /// <param name="callSettings">The call settings to apply on each call, or null for default settings.</param>
        /// <param name="metadataCallback">The callback to invoke whenever a polled result contains metadata, or null.</param>
        /// <returns>The completed operation, which can then be checked for errors or a result.</returns>
        public Task<Operation<TResponse, TMetadata>> PollUntilCompletedAsync(
            PollSettings pollSettings = null,
            CallSettings callSettings = null,
            Action<TMetadata> metadataCallback = null)
        {
            if (IsCompleted)
            {
                return Task.FromResult(this);
            }
            Func<DateTime?, Task<Operation<TResponse, TMetadata>>> pollAction = async deadline =>
            {
                var result = await PollOnceAsync(callSettings.WithEarlierDeadline(deadline, Client.Clock)).ConfigureAwait(false);
                result.MaybeFireCallback(metadataCallback);
                return result;
            };
            return Polling.PollRepeatedlyAsync(pollAction, o => o.IsCompleted, Client.Clock, Client.Scheduler,
                pollSettings ?? Client.DefaultPollSettings ?? s_defaultPollSettings,
                callSettings?.CancellationToken ?? CancellationToken.None);
        }

        /// <summary>Returns a new instance reflecting the most recent state of the operation.</summary>
        /// <param name="callSettings">Any overriding call settings to apply to the RPC.</param>
        public Operation<TResponse, TMetadata> PollOnce(CallSettings callSettings = null) =>
            IsCompleted ? this : PollOnceFromName(Name, Client, callSettings);

        /// <summary>Asynchronously returns a new instance reflecting the most recent state of the operation.</summary>
        /// <param name="callSettings">Any overriding call settings to apply to the RPC.</param>
        public Task<Operation<TResponse, TMetadata>> PollOnceAsync(CallSettings callSettings = null) =>
            IsCompleted ? Task.FromResult(this) : PollOnceFromNameAsync(Name, Client, callSettings);

        /// <summary>Asynchronously returns a new instance reflecting the most recent state of the operation.</summary>
        /// <param name="cancellationToken">A cancellation token for the poll operation.</param>
        public Task<Operation<TResponse, TMetadata>> PollOnceAsync(CancellationToken cancellationToken) =>
            PollOnceAsync(CallSettings.FromCancellationToken(cancellationToken));

        /// <summary>Attempts to cancel the long-running operation.</summary>
        /// <param name="callSettings">Any overriding call settings to apply to the RPC.</param>
        public void Cancel(CallSettings callSettings = null) => Client.CancelOperation(Name, callSettings);

        /// <summary>Asynchronously attempts to cancel the long-running operation.</summary>
        /// <param name="callSettings">Any overriding call settings to apply to the RPC.</param>
        public Task CancelAsync(CallSettings callSettings = null) => Client.CancelOperationAsync(Name, callSettings);

        /// <summary>Asynchronously attempts to cancel the long-running operation.</summary>
        /// <param name="cancellationToken">A cancellation token for the cancel RPC.</param>
        public Task CancelAsync(CancellationToken cancellationToken) => Client.CancelOperationAsync(Name, cancellationToken);

        /// <summary>Deletes the long-running operation.</summary>
        /// <param name="callSettings">Any overriding call settings to apply to the RPC.</param>
        public void Delete(CallSettings callSettings = null) => Client.DeleteOperation(Name, callSettings);

        /// <summary>Asynchronously deletes the long-running operation.</summary>
        /// <param name="callSettings">Any overriding call settings to apply to the RPC.</param>
        public Task DeleteAsync(CallSettings callSettings = null) => Client.DeleteOperationAsync(Name, callSettings);

        /// <summary>Asynchronously deletes the long-running operation.</summary>
        /// <param name="cancellationToken">A cancellation token for the delete RPC.</param>
        public Task DeleteAsync(CancellationToken cancellationToken) => Client.DeleteOperationAsync(Name, cancellationToken);

        /// <summary>Creates a new instance reflecting the most recent state of the operation with the specified name.</summary>
        /// <param name="name">The name of the operation, as returned when it was created. Must not be null.</param>
        /// <param name="client">The client to make the RPC call.</param>
        /// <param name="callSettings">Any overriding call settings to apply to the RPC. May be null.</param>
        public static Operation<TResponse, TMetadata> PollOnceFromName(string name, OperationsClient client, CallSettings callSettings = null)
        {
            GaxPreconditions.CheckNotNull(name, nameof(name));
            GaxPreconditions.CheckNotNull(client, nameof(client));
            return new Operation<TResponse, TMetadata>(client.GetOperation(name, callSettings), client);
        }

        /// <summary>Asynchronously creates a new instance reflecting the most recent state of the operation with the specified name.</summary>
        /// <param name="name">The name of the operation, as returned when it was created. Must not be null.</param>
        /// <param name="client">The client to make the RPC call.</param>
        /// <param name="callSettings">Any overriding call settings to apply to the RPC. May be null.</param>
        public static async Task<Operation<TResponse, TMetadata>> PollOnceFromNameAsync(string name, OperationsClient client, CallSettings callSettings = null)
        {
            GaxPreconditions.CheckNotNull(name, nameof(name));
            GaxPreconditions.CheckNotNull(client, nameof(client));
            var operation = await client.GetOperationAsync(name, callSettings).ConfigureAwait(false);
            return new Operation<TResponse, TMetadata>(operation, client);
        }

        /// <summary>Asynchronously creates a new instance reflecting the most recent state of the operation with the specified name.</summary>
        /// <param name="name">The name of the operation, as returned when it was created. Must not be null.</param>
        /// <param name="client">The client to make the RPC call.</param>
        /// <param name="cancellationToken">A cancellation token for the "fetch" operation.</param>
        public static Task<Operation<TResponse, TMetadata>> PollOnceFromNameAsync(string name, OperationsClient client, CancellationToken cancellationToken) =>
            PollOnceFromNameAsync(name, client, CallSettings.FromCancellationToken(cancellationToken));
    }

    /// <summary>An exception to indicate that a long-running operation failed.</summary>
    public class OperationFailedException : Exception
    {
        /// <summary>The operation message containing the original error.</summary>
        public Operation Operation { get; }

        /// <summary>The status message within the operation's error field.</summary>
        public Google.Rpc.Status Status => Operation.Error;

        /// <summary>Constructs an exception based on a protobuf message representing a failed operation.</summary>
        /// <param name="operation">The failed operation. Must not be null, and must have an error.</param>
        public OperationFailedException(Operation operation) : base(ValidateProto(operation).Error.Message)
        {
            Operation = operation;
        }

        private static Operation ValidateProto(Operation operation)
        {
            GaxPreconditions.CheckNotNull(operation, nameof(operation));
            GaxPreconditions.CheckArgument(operation.Error != null, nameof(operation), "Operation must contain an error");
            return operation;
        }
    }
}
