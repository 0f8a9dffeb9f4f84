using System;
using System.Collections.Generic;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// The answer to a per-user chatroom batch: each user's result, or that user's own error. User names compare
/// case-insensitively (the server answers in lower case).
/// </summary>
public sealed class ChatroomUserBatchResult<T>
{
    private readonly Dictionary<string, T> _succeeded = new(EmApiLimits.UsernameComparer);
    private readonly Dictionary<string, EasemobApiException> _failed = new(EmApiLimits.UsernameComparer);

    /// <summary>True with the result when <paramref name="username"/> succeeded; false with its error otherwise.</summary>
    public bool TryGetResult(string username, out T result, out EasemobApiException? error)
    {
        if (_succeeded.TryGetValue(username, out result!))
        {
            error = null;
            return true;
        }
        error = _failed.TryGetValue(username, out var failure)
            ? failure
            : throw new ArgumentException($"User '{username}' was not part of this batch.", nameof(username));
        return false;
    }

    internal void Succeed(string username, T result)
    {
        _failed.Remove(username);
        _succeeded[username] = result;
    }

    internal void Fail(string username, EasemobApiException error)
    {
        if (!_succeeded.ContainsKey(username)) _failed[username] = error;
    }

    internal bool Has(string username) => _succeeded.ContainsKey(username) || _failed.ContainsKey(username);

    internal IReadOnlyCollection<string> FailedUsers => _failed.Keys;
}
