-- CreateIndex
CREATE INDEX "Person_orgPath_deletedAt_createdAt_idx" ON "Person"("orgPath", "deletedAt", "createdAt");
