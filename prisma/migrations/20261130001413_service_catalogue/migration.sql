-- CreateEnum
CREATE TYPE "ServiceModule" AS ENUM ('IC', 'RH', 'EMP', 'ENT', 'EDU', 'PC', 'HA', 'RP', 'VOL', 'ARC', 'OTHER');

-- CreateEnum
CREATE TYPE "ServiceItemStatus" AS ENUM ('DRAFT', 'REVIEWED', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "MaterialForm" AS ENUM ('ORIGINAL', 'COPY', 'BOTH');

-- CreateTable
CREATE TABLE "ServiceItem" (
    "id" TEXT NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "itemVersion" INTEGER NOT NULL DEFAULT 1,
    "name" VARCHAR(80) NOT NULL,
    "module" "ServiceModule" NOT NULL,
    "levels" "OrgLevel"[],
    "legalBasis" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    "requirements" TEXT NOT NULL,
    "procedure" JSONB NOT NULL,
    "promisedWorkingDays" INTEGER NOT NULL,
    "statutoryWorkingDays" INTEGER,
    "complaintChannel" TEXT NOT NULL,
    "consultPhone" VARCHAR(30) NOT NULL,
    "proxyEligible" BOOLEAN NOT NULL DEFAULT false,
    "homeServiceEligible" BOOLEAN NOT NULL DEFAULT false,
    "requiresOnSiteAuthentication" BOOLEAN NOT NULL DEFAULT false,
    "fee" VARCHAR(60) NOT NULL DEFAULT '不收费',
    "status" "ServiceItemStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedKey" VARCHAR(20),
    "publishedAt" TIMESTAMPTZ(3),
    "retiredAt" TIMESTAMPTZ(3),
    "orgPath" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaterialDef" (
    "id" TEXT NOT NULL,
    "serviceItemId" TEXT NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "originalOrCopy" "MaterialForm" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "mandatory" BOOLEAN NOT NULL DEFAULT true,
    "note" VARCHAR(200),
    "howToObtain" VARCHAR(200),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MaterialDef_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceItem_publishedKey_key" ON "ServiceItem"("publishedKey");

-- CreateIndex
CREATE INDEX "ServiceItem_status_module_idx" ON "ServiceItem"("status", "module");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceItem_code_itemVersion_key" ON "ServiceItem"("code", "itemVersion");

-- CreateIndex
CREATE INDEX "MaterialDef_serviceItemId_sortOrder_idx" ON "MaterialDef"("serviceItemId", "sortOrder");

-- AddForeignKey
ALTER TABLE "MaterialDef" ADD CONSTRAINT "MaterialDef_serviceItemId_fkey" FOREIGN KEY ("serviceItemId") REFERENCES "ServiceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
