using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>Chatroom announcements and custom attributes, with the attributes' ownership rules.</summary>
public sealed partial class EmulatorStore
{
    private static readonly Regex AttributeKey = new Regex(EmApiLimits.AttributeKeyPattern, RegexOptions.CultureInvariant);

    /// <summary>The chatroom's announcement ("" when none).</summary>
    public string GetAnnouncement(string chatroomId)
    {
        lock (_gate)
        {
            return _contents.Find(RequireChatroom(chatroomId))?.Announcement ?? string.Empty;
        }
    }

    /// <summary>The chatroom's attributes (key to value), all or those of <paramref name="keys"/> that exist.</summary>
    public IReadOnlyDictionary<string, string> GetAttributes(string chatroomId, IReadOnlyCollection<string>? keys = null)
    {
        lock (_gate)
        {
            if (_contents.Find(RequireChatroom(chatroomId)) is not { } content)
            {
                return new Dictionary<string, string>();
            }

            return content.Attributes
                .Where(a => keys == null || keys.Count == 0 || keys.Contains(a.Key))
                .ToDictionary(a => a.Key, a => a.Value.Value);
        }
    }

    internal void SetAnnouncement(string chatroomId, string announcement)
    {
        if (EmApiLimits.AnnouncementLength(announcement) > EmApiLimits.MaxAnnouncementLength)
        {
            throw new EmulatorApiException(ApiError.ForbiddenOperation("announce info length exceeds limit!"));
        }

        lock (_gate)
        {
            _contents.Of(RequireChatroom(chatroomId)).Announcement = announcement;
        }
    }

    /// <summary>
    /// Sets attributes owned by <paramref name="username"/>, who must be in the chatroom. Each refused key is
    /// reported with its reason in <paramref name="errors"/> while the others are written (the service's 200
    /// with errorKeys). Without <paramref name="forced"/>, another member's key is refused.
    /// </summary>
    internal IReadOnlyList<string> SetAttributes(string chatroomId, string username, IReadOnlyList<KeyValuePair<string, string>> attributes,
        bool deleteWhenOwnerLeaves, bool forced, out IReadOnlyDictionary<string, string> errors)
    {
        RequireAttributeBatch(attributes.Count);
        var failed = new Dictionary<string, string>();
        var done = new List<string>();
        lock (_gate)
        {
            var (chatroom, owner) = RequireAttributeOwner(chatroomId, username);
            var content = _contents.Of(chatroom);
            foreach (var pair in attributes)
            {
                var reason = AttributeRefusal(content, pair.Key, pair.Value, owner, forced);
                if (reason != null)
                {
                    failed[pair.Key] = reason;
                    continue;
                }

                content.Attributes[pair.Key] = new ChatroomAttribute(pair.Value, owner, deleteWhenOwnerLeaves);
                done.Add(pair.Key);
            }
        }

        errors = failed;
        return done;
    }

    /// <summary>Deletes the user's own attributes (any member's when <paramref name="forced"/>); a key that is not there, or another's, is an error key.</summary>
    internal IReadOnlyList<string> RemoveAttributes(string chatroomId, string username, IReadOnlyList<string> keys, bool forced,
        out IReadOnlyDictionary<string, string> errors)
    {
        RequireAttributeBatch(keys.Count);
        var failed = new Dictionary<string, string>();
        var done = new List<string>();
        lock (_gate)
        {
            var (chatroom, owner) = RequireAttributeOwner(chatroomId, username);
            var content = _contents.Of(chatroom);
            foreach (var key in keys)
            {
                if (!content.Attributes.TryGetValue(key, out var attribute))
                {
                    failed[key] = $"key {key} does not exist";
                }
                else if (!forced && attribute.Owner != owner)
                {
                    failed[key] = "others are not allowed to be deleted";
                }
                else
                {
                    content.Attributes.Remove(key);
                    done.Add(key);
                }
            }
        }

        errors = failed;
        return done;
    }

    private static void RequireAttributeBatch(int count)
    {
        if (count > EmApiLimits.MaxAttributesPerCall)
        {
            throw new EmulatorApiException(ApiError.Metadata(400, $"exceed allowed batch size {EmApiLimits.MaxAttributesPerCall}"));
        }
    }

    /// <summary>Why one pair cannot be set, in the service's words, or null. Caller holds the lock.</summary>
    private static string? AttributeRefusal(ChatroomContent content, string key, string value, string owner, bool forced)
    {
        if (key.Length == 0 || !AttributeKey.IsMatch(key))
        {
            return $"properties key '{key}' is illegal";
        }

        if (key.Length > EmApiLimits.MaxAttributeKeyLength)
        {
            return $"properties key '{key}' is exceeding maximum limit {EmApiLimits.MaxAttributeKeyLength}";
        }

        if (EmApiLimits.AttributeValueLength(value) > EmApiLimits.MaxAttributeValueLength)
        {
            return $"properties value of key '{key}' is exceeding maximum limit {EmApiLimits.MaxAttributeValueLength}";
        }

        if (content.Attributes.TryGetValue(key, out var existing))
        {
            return !forced && existing.Owner != owner ? "others are not allowed to be set" : null;
        }

        return content.Attributes.Count >= EmApiLimits.MaxAttributesPerChatroom
            ? $"properties count is exceeding maximum limit {EmApiLimits.MaxAttributesPerChatroom}"
            : null;
    }

    /// <summary>The chatroom and the normalized name of a user in it; 404 or 401 "user is not in chatroom". Caller holds the lock.</summary>
    private (EmulatorChatroom Chatroom, string Owner) RequireAttributeOwner(string chatroomId, string username)
    {
        var chatroom = RequireChatroom(chatroomId);
        var name = EmApiLimits.NormalizeUsername(username);
        if (chatroom.Owner != name && !chatroom.HasMember(name))
        {
            throw new EmulatorApiException(ApiError.Metadata(401, "user is not in chatroom"));
        }

        return (chatroom, name);
    }
}
