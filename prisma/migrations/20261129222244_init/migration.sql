-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CLERK', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Capability" AS ENUM ('WINDOW_LEAD', 'PROXY_AGENT', 'ARCHIVIST', 'ARCHIVE_APPROVER', 'LEGAL_STAFF', 'COUNSELLOR', 'VOLUNTEER_LIAISON', 'VOLUNTEER_HQ', 'TRAINING_ADMIN', 'EMPLOYMENT_OFFICER', 'EXPORT_UNMASKED');

-- CreateEnum
CREATE TYPE "OrgLevel" AS ENUM ('CITY', 'DISTRICT', 'TOWN', 'VILLAGE');

-- CreateEnum
CREATE TYPE "OrgSubtype" AS ENUM ('TOWN', 'STREET', 'VILLAGE', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "userName" VARCHAR(40),
    "userOrgUnitId" TEXT,
    "role" VARCHAR(20),
    "action" VARCHAR(30) NOT NULL,
    "entityType" VARCHAR(40),
    "entityId" VARCHAR(40),
    "personId" TEXT,
    "orgPath" VARCHAR(200) NOT NULL,
    "reason" TEXT,
    "ip" VARCHAR(64),
    "userAgent" VARCHAR(300),
    "requestId" VARCHAR(40),
    "diff" JSONB,
    "prevHash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" VARCHAR(40) NOT NULL,
    "displayName" VARCHAR(30) NOT NULL,
    "mobile" VARCHAR(11),
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "role" "Role" NOT NULL,
    "capabilities" "Capability"[],
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" TIMESTAMPTZ(3),
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "totpSecretCipher" TEXT,
    "totpEnabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionEpoch" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkCalendarDay" (
    "date" DATE NOT NULL,
    "isWorkingDay" BOOLEAN NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "WorkCalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Config" (
    "id" TEXT NOT NULL,
    "key" VARCHAR(60) NOT NULL,
    "value" JSONB NOT NULL,
    "scopeOrgUnitId" TEXT,
    "effectiveFrom" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,

    CONSTRAINT "Config_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "subtype" "OrgSubtype",
    "parentId" TEXT,
    "path" VARCHAR(200) NOT NULL,
    "hasServiceHall" BOOLEAN NOT NULL DEFAULT false,
    "address" VARCHAR(120),
    "officePhone" VARCHAR(20),
    "workingHours" JSONB,
    "lunchDutyRequired" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "idNumberHash" VARCHAR(64) NOT NULL,
    "idNumberCipher" TEXT NOT NULL,
    "idMasked" VARCHAR(18) NOT NULL,
    "name" VARCHAR(30) NOT NULL,
    "formerName" VARCHAR(30),
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "mobile" VARCHAR(11),
    "landline" VARCHAR(20),
    "hukouAddress" VARCHAR(120),
    "residenceAddress" VARCHAR(120),
    "isDeceased" BOOLEAN NOT NULL DEFAULT false,
    "deathDate" DATE,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusHistory" (
    "id" BIGSERIAL NOT NULL,
    "entityType" VARCHAR(40) NOT NULL,
    "entityId" VARCHAR(40) NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "fromStatus" VARCHAR(40) NOT NULL,
    "toStatus" VARCHAR(40) NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorLevel" VARCHAR(10) NOT NULL,
    "reason" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_orgPath_at_idx" ON "AuditEvent"("orgPath", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_at_idx" ON "AuditEvent"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_personId_at_idx" ON "AuditEvent"("personId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_orgPath_idx" ON "User"("orgPath");

-- CreateIndex
CREATE INDEX "Config_key_effectiveFrom_idx" ON "Config"("key", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_code_key" ON "OrgUnit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_path_key" ON "OrgUnit"("path");

-- CreateIndex
CREATE INDEX "OrgUnit_parentId_idx" ON "OrgUnit"("parentId");

-- CreateIndex
CREATE INDEX "OrgUnit_level_idx" ON "OrgUnit"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Person_idNumberHash_key" ON "Person"("idNumberHash");

-- CreateIndex
CREATE INDEX "Person_orgPath_name_idx" ON "Person"("orgPath", "name");

-- CreateIndex
CREATE INDEX "Person_orgUnitId_name_idx" ON "Person"("orgUnitId", "name");

-- CreateIndex
CREATE INDEX "StatusHistory_entityType_entityId_at_idx" ON "StatusHistory"("entityType", "entityId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- X-01/X-03: the audit log is append-only. A trigger (unlike a GRANT) also binds the superuser
-- that the embedded database connects as. Only a deliberate ALTER TABLE … DISABLE TRIGGER
-- (itself visible in the server log) can get past it, and the hash chain still exposes the edit.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused (审计日志只能追加)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
