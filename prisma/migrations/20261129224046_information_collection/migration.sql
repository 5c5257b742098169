-- CreateEnum
CREATE TYPE "SubjectCategory" AS ENUM ('DISCHARGED_SOLDIER', 'TRANSFERRED_OFFICER', 'MILITARY_RETIRED_CADRE', 'RETIRED_NCO', 'ARMY_CIVILIAN_RETIREE', 'THREE_REDS', 'RURAL_DEMOBILISED_VETERAN', 'DEMOBILISED_CADRE', 'DISABLED_VETERAN', 'DISABLED_MILITIA_LABOURER', 'MARTYR_SURVIVOR', 'DUTY_DEATH_SURVIVOR', 'ILLNESS_DEATH_SURVIVOR', 'ACTIVE_SERVICEMAN_RELATIVE', 'REFORM_CONVERTED', 'OTHER');

-- CreateEnum
CREATE TYPE "ProfileStatus" AS ENUM ('DRAFT', 'PENDING_INITIAL', 'PENDING_DISTRICT', 'PENDING_CITY', 'CITY_APPROVED', 'EXPORTED', 'RETURNED', 'INACTIVE');

-- CreateEnum
CREATE TYPE "CollectionChannel" AS ENUM ('WINDOW', 'HOME_VISIT', 'RETURN_HOME', 'IMPORT');

-- CreateEnum
CREATE TYPE "InactiveReason" AS ENUM ('DECEASED', 'HUKOU_MOVED_OUT', 'CATEGORY_LOST', 'DUPLICATE');

-- CreateEnum
CREATE TYPE "ProfileGroupKey" AS ENUM ('BASIC', 'ORG_SOCIAL', 'SERVICE', 'MERIT', 'PLACEMENT', 'EMPLOYMENT', 'EDUCATION', 'DISABILITY', 'SURVIVOR', 'ACTIVE_SERVICEMAN', 'COMMENDATION', 'HARDSHIP');

-- CreateEnum
CREATE TYPE "DocType" AS ENUM ('ID_CARD', 'HUKOU_BOOKLET', 'DISCHARGE_CERT', 'PHOTO', 'EDUCATION_CERT', 'MERIT_CERT', 'DISABILITY_CERT', 'DEATH_CERT_AND_KINSHIP', 'OTHER_PROOF');

-- CreateEnum
CREATE TYPE "YesNoNA" AS ENUM ('YES', 'NO', 'NA');

-- CreateEnum
CREATE TYPE "ScanStatus" AS ENUM ('NOT_SCANNED', 'CLEAN', 'INFECTED');

-- CreateEnum
CREATE TYPE "ChangeSetStatus" AS ENUM ('DRAFT', 'PENDING_INITIAL', 'PENDING_DISTRICT', 'PENDING_CITY', 'APPROVED', 'RETURNED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ServicePlanStatus" AS ENUM ('ACTIVE', 'ACHIEVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CardPurpose" AS ENUM ('RETURN_HOME', 'CASE_CONTACT', 'PROFILE');

-- CreateEnum
CREATE TYPE "ExportMode" AS ENUM ('FULL', 'DELTA');

-- CreateTable
CREATE TABLE "SubjectProfile" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "fileNo" VARCHAR(24),
    "categories" "SubjectCategory"[],
    "primaryCategory" "SubjectCategory" NOT NULL,
    "otherCategoryNote" VARCHAR(200),
    "status" "ProfileStatus" NOT NULL DEFAULT 'DRAFT',
    "statusSince" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "collectedById" TEXT NOT NULL,
    "collectedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "collectionChannel" "CollectionChannel" NOT NULL,
    "completeness" INTEGER NOT NULL DEFAULT 0,
    "lastVerifiedAt" DATE,
    "lastVerifiedById" TEXT,
    "paperFile" JSONB,
    "exportedAt" TIMESTAMPTZ(3),
    "exportBatchId" TEXT,
    "exportDirty" BOOLEAN NOT NULL DEFAULT true,
    "inactiveReason" "InactiveReason",
    "handledByOrgUnitId" TEXT,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SubjectProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileGroup" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "group" "ProfileGroupKey" NOT NULL,
    "data" JSONB NOT NULL,
    "markedNone" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ProfileGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocumentCheck" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "docType" "DocType" NOT NULL,
    "itemKey" VARCHAR(40) NOT NULL DEFAULT '',
    "provided" "YesNoNA" NOT NULL DEFAULT 'NO',
    "naReason" VARCHAR(200),
    "originalSighted" BOOLEAN NOT NULL DEFAULT false,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "remark" VARCHAR(200),

    CONSTRAINT "SourceDocumentCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "fileKey" VARCHAR(120) NOT NULL,
    "fileName" VARCHAR(200) NOT NULL,
    "mime" VARCHAR(60) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "docType" "DocType",
    "sensitivity" VARCHAR(12) NOT NULL DEFAULT 'NORMAL',
    "scanStatus" "ScanStatus" NOT NULL DEFAULT 'NOT_SCANNED',
    "checkId" TEXT,
    "uploadedById" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileReturn" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "changeSetId" TEXT,
    "fromStatus" VARCHAR(30) NOT NULL,
    "defects" JSONB NOT NULL,
    "returnedById" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProfileReturn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileChangeSet" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "status" "ChangeSetStatus" NOT NULL DEFAULT 'DRAFT',
    "statusSince" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "proposed" JSONB NOT NULL,
    "summary" VARCHAR(200),
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProfileChangeSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileTransfer" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "fromOrgUnitId" TEXT NOT NULL,
    "fromOrgPath" VARCHAR(200) NOT NULL,
    "toOrgUnitId" TEXT NOT NULL,
    "toOrgPath" VARCHAR(200) NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" VARCHAR(200) NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" VARCHAR(200),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProfileTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAccessRequest" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "requesterOrgUnitId" TEXT NOT NULL,
    "requesterOrgPath" VARCHAR(200) NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'REQUESTED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceAccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServicePlan" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "needs" TEXT[],
    "measures" TEXT NOT NULL,
    "responsibleStaffId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "nextReviewDate" DATE NOT NULL,
    "status" "ServicePlanStatus" NOT NULL DEFAULT 'ACTIVE',
    "reviews" JSONB NOT NULL DEFAULT '[]',
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServicePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactServiceCard" (
    "id" TEXT NOT NULL,
    "cardNo" VARCHAR(30) NOT NULL,
    "purpose" "CardPurpose" NOT NULL,
    "personId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "officePhone" VARCHAR(20) NOT NULL,
    "windowNo" VARCHAR(10),
    "caseId" TEXT,
    "serviceItemId" TEXT,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "printedCount" INTEGER NOT NULL DEFAULT 0,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,

    CONSTRAINT "ContactServiceCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileExportBatch" (
    "id" TEXT NOT NULL,
    "batchNo" VARCHAR(30) NOT NULL,
    "mode" "ExportMode" NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "profileIds" TEXT[],
    "recordCount" INTEGER NOT NULL,
    "fileKey" VARCHAR(120) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "templateVersion" VARCHAR(20) NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "rejected" JSONB NOT NULL DEFAULT '[]',
    "orgPath" VARCHAR(200) NOT NULL,

    CONSTRAINT "ProfileExportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentCounter" (
    "key" VARCHAR(60) NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "fileName" VARCHAR(200) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "rows" JSONB NOT NULL,
    "validCount" INTEGER NOT NULL,
    "errorCount" INTEGER NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "committedAt" TIMESTAMPTZ(3),
    "result" JSONB,
    "createdById" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SubjectProfile_personId_key" ON "SubjectProfile"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SubjectProfile_fileNo_key" ON "SubjectProfile"("fileNo");

-- CreateIndex
CREATE INDEX "SubjectProfile_orgPath_status_statusSince_idx" ON "SubjectProfile"("orgPath", "status", "statusSince");

-- CreateIndex
CREATE INDEX "SubjectProfile_status_statusSince_idx" ON "SubjectProfile"("status", "statusSince");

-- CreateIndex
CREATE INDEX "SubjectProfile_orgPath_primaryCategory_idx" ON "SubjectProfile"("orgPath", "primaryCategory");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileGroup_profileId_group_key" ON "ProfileGroup"("profileId", "group");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocumentCheck_profileId_docType_itemKey_key" ON "SourceDocumentCheck"("profileId", "docType", "itemKey");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_fileKey_key" ON "Attachment"("fileKey");

-- CreateIndex
CREATE INDEX "Attachment_checkId_idx" ON "Attachment"("checkId");

-- CreateIndex
CREATE INDEX "ProfileReturn_profileId_at_idx" ON "ProfileReturn"("profileId", "at");

-- CreateIndex
CREATE INDEX "ProfileChangeSet_orgPath_status_idx" ON "ProfileChangeSet"("orgPath", "status");

-- CreateIndex
CREATE INDEX "ProfileTransfer_toOrgPath_status_idx" ON "ProfileTransfer"("toOrgPath", "status");

-- CreateIndex
CREATE INDEX "ProfileTransfer_fromOrgPath_status_idx" ON "ProfileTransfer"("fromOrgPath", "status");

-- CreateIndex
CREATE INDEX "ServiceAccessRequest_orgPath_status_idx" ON "ServiceAccessRequest"("orgPath", "status");

-- CreateIndex
CREATE INDEX "ServiceAccessRequest_requesterOrgPath_status_idx" ON "ServiceAccessRequest"("requesterOrgPath", "status");

-- CreateIndex
CREATE INDEX "ServicePlan_profileId_status_idx" ON "ServicePlan"("profileId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ContactServiceCard_cardNo_key" ON "ContactServiceCard"("cardNo");

-- CreateIndex
CREATE INDEX "ContactServiceCard_personId_purpose_idx" ON "ContactServiceCard"("personId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileExportBatch_batchNo_key" ON "ProfileExportBatch"("batchNo");

-- AddForeignKey
ALTER TABLE "SubjectProfile" ADD CONSTRAINT "SubjectProfile_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileGroup" ADD CONSTRAINT "ProfileGroup_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "SubjectProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceDocumentCheck" ADD CONSTRAINT "SourceDocumentCheck_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "SubjectProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "SourceDocumentCheck"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileReturn" ADD CONSTRAINT "ProfileReturn_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "SubjectProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileChangeSet" ADD CONSTRAINT "ProfileChangeSet_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "SubjectProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileTransfer" ADD CONSTRAINT "ProfileTransfer_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "SubjectProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServicePlan" ADD CONSTRAINT "ServicePlan_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "SubjectProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
