// One-shot, idempotent replica-set initialisation, run by the "mongo-init" service:
//   mongosh --nodb --quiet --file /scripts/mongo-init-replica-set.js
//
// Environment (all optional):
//   RS_NAME              replica set name                 (default rs0)
//   RS_MEMBERS           comma-separated host:port list   (default mongo1:27017,mongo2:27017,mongo3:27017)
//                        the first member is preferred as primary
//   MONGO_ROOT_USERNAME  root user, keyFile mode only (created by the mongo image on mongo1)
//   MONGO_ROOT_PASSWORD
//   MONGO_APP_DB         application database              (default classenumerique)
//   MONGO_APP_USERNAME   if set with MONGO_APP_PASSWORD, this user is created (or its password
//   MONGO_APP_PASSWORD   and roles updated) with readWrite + dbAdmin on MONGO_APP_DB
//   RS_WAIT_SECONDS      how long to wait for a healthy set (default 180)
//
// Exit code 0 when the set has a primary and a majority of healthy members.

const env = process.env;
const rsName = env.RS_NAME || "rs0";
const members = (env.RS_MEMBERS || "mongo1:27017,mongo2:27017,mongo3:27017")
  .split(",")
  .map((h) => h.trim())
  .filter((h) => h.length > 0);
const rootUser = env.MONGO_ROOT_USERNAME || "";
const rootPassword = env.MONGO_ROOT_PASSWORD || "";
const appDb = env.MONGO_APP_DB || "classenumerique";
const appUser = env.MONGO_APP_USERNAME || "";
const appPassword = env.MONGO_APP_PASSWORD || "";
const waitSeconds = parseInt(env.RS_WAIT_SECONDS || "180", 10);

function log(message) {
  print(`[mongo-init] ${message}`);
}

function credentials() {
  if (!rootUser) return "";
  return `${encodeURIComponent(rootUser)}:${encodeURIComponent(rootPassword)}@`;
}

function authOptions() {
  return rootUser ? "&authSource=admin" : "";
}

// Retries a connection until the server answers (depends_on already waits for ping).
function connectWithRetry(uri, label) {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    try {
      const database = connect(uri);
      database.adminCommand({ ping: 1 });
      return database;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      log(`waiting for ${label}: ${e.message}`);
      sleep(2000);
    }
  }
}

// replSetGetStatus, or null while the set is not initiated yet.
function replicaSetStatus(database) {
  try {
    const status = database.adminCommand({ replSetGetStatus: 1 });
    if (status.ok === 1) return status;
    if (status.code === 94 || status.codeName === "NotYetInitialized") return null;
    throw new Error(JSON.stringify(status));
  } catch (e) {
    if (e.code === 94 || e.codeName === "NotYetInitialized") return null;
    throw e;
  }
}

function healthySummary(status) {
  const healthy = status.members.filter((m) => m.stateStr === "PRIMARY" || m.stateStr === "SECONDARY");
  const primary = status.members.find((m) => m.stateStr === "PRIMARY");
  return { healthy: healthy.length, total: status.members.length, primary: primary ? primary.name : null };
}

// Returns the exit code; quit() is called once, outside any try block.
function main() {
  const seed = members[0];
  const seedUri = `mongodb://${credentials()}${seed}/admin?directConnection=true${authOptions()}`;
  const seedDb = connectWithRetry(seedUri, seed);

  let status = replicaSetStatus(seedDb);
  if (status === null) {
    const config = {
      _id: rsName,
      members: members.map((host, i) => ({ _id: i, host: host, priority: i === 0 ? 2 : 1 })),
    };
    log(`initiating replica set ${rsName} with ${members.join(", ")}`);
    const result = seedDb.adminCommand({ replSetInitiate: config });
    if (result.ok !== 1) throw new Error(`replSetInitiate failed: ${JSON.stringify(result)}`);
  } else {
    log(`replica set ${status.set} already initiated`);
  }

  // Wait for a primary and for every member to be PRIMARY/SECONDARY.
  const deadline = Date.now() + waitSeconds * 1000;
  let summary = { healthy: 0, total: members.length, primary: null };
  for (;;) {
    try {
      status = replicaSetStatus(seedDb);
      if (status !== null) summary = healthySummary(status);
    } catch (e) {
      log(`waiting for replica set status: ${e.message}`);
    }
    if (summary.primary && summary.healthy === summary.total) break;
    if (Date.now() > deadline) break;
    sleep(2000);
  }
  const majority = Math.floor(summary.total / 2) + 1;
  if (!summary.primary || summary.healthy < majority) {
    log(`no healthy replica set after ${waitSeconds}s: ${JSON.stringify(summary)}`);
    return 1;
  }
  log(`primary ${summary.primary}, ${summary.healthy}/${summary.total} members healthy`);

  if (appUser && appPassword) {
    const rsUri =
      `mongodb://${credentials()}${members.join(",")}/admin?replicaSet=${encodeURIComponent(rsName)}` +
      `&w=majority${authOptions()}`;
    const app = connectWithRetry(rsUri, `replica set ${rsName}`).getSiblingDB(appDb);
    const roles = [
      { role: "readWrite", db: appDb },
      { role: "dbAdmin", db: appDb },
    ];
    if (app.getUser(appUser) === null) {
      app.createUser({ user: appUser, pwd: appPassword, roles: roles }, { w: "majority" });
      log(`created user ${appUser} on ${appDb}`);
    } else {
      app.updateUser(appUser, { pwd: appPassword, roles: roles }, { w: "majority" });
      log(`updated user ${appUser} on ${appDb}`);
    }
  }
  return 0;
}

let exitCode = 1;
try {
  exitCode = main();
} catch (e) {
  log(`failed: ${e && e.stack ? e.stack : e}`);
  exitCode = 1;
}
quit(exitCode);
