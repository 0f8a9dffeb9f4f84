using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints
{
    /// <summary>POST /users, GET /users/{u}, DELETE /users/{u}. Users answer in "entities", without "data".</summary>
    internal sealed class UserEndpoints
    {
        private const int MaxUsersPerRequest = 60;

        private readonly EmulatorStore store;

        public UserEndpoints(EmulatorStore store)
        {
            this.store = store;
        }

        public EmulatorHttpResponse Create(RequestContext context)
        {
            var bodies = context.BodyObjects();
            if (bodies.Count == 0 || bodies.Count > MaxUsersPerRequest)
            {
                throw new EmulatorApiException(ApiError.IllegalArgument($"from 1 to {MaxUsersPerRequest} users can be registered in one request"));
            }

            var drafts = bodies.Select(ReadUser).ToArray();
            var created = store.AddUsers(drafts);
            return context.Ok(writeData: null, writeEntities: w => WriteUsers(w, created));
        }

        public EmulatorHttpResponse Get(RequestContext context)
        {
            var user = store.FindUser(context.Parameter) ?? throw new EmulatorApiException(ApiError.ServiceResourceNotFound());
            return context.Ok(writeData: null, writeEntities: w => WriteUsers(w, new[] { user }), count: 1);
        }

        public EmulatorHttpResponse Delete(RequestContext context)
        {
            var user = store.DeleteUser(context.Parameter);
            return context.Ok(writeData: null, writeEntities: w => WriteUsers(w, new[] { user }));
        }

        private static UserDraft ReadUser(RequestBody body)
        {
            var username = body.String("username") ?? string.Empty;
            if (!EmApiLimits.IsLegalUsername(username))
            {
                throw new EmulatorApiException(ApiError.IllegalArgument($"username [{username}] is not legal"));
            }

            var password = body.String("password");
            if (string.IsNullOrEmpty(password))
            {
                throw new EmulatorApiException(ApiError.IllegalArgument("password must be provided"));
            }

            return new UserDraft(username, password, body.String("nickname"));
        }

        private static void WriteUsers(Utf8JsonWriter writer, IEnumerable<UserEntity> users)
        {
            writer.WriteStartArray();
            foreach (var user in users)
            {
                writer.WriteStartObject();
                writer.WriteString("uuid", user.Uuid.ToString());
                writer.WriteString("type", "user");
                writer.WriteNumber("created", user.CreatedMilliseconds);
                writer.WriteNumber("modified", user.ModifiedMilliseconds);
                writer.WriteString("username", user.Username);
                writer.WriteBoolean("activated", true);
                if (user.Nickname != null)
                {
                    writer.WriteString("nickname", user.Nickname);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }
}
